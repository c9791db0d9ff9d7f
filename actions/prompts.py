"""Fixed short replies the actions send when they need more from the user."""

ASK_COUNTRY = 'Which country or situation do you mean? For example "Sudan" or "Ukraine".'
ASK_PERSON = 'Which person or case do you mean? For example "Lubanga" or "Ali Kushayb".'
ASK_TERM = 'Which word or article should I explain? For example "proprio motu" or "article 17".'
NOTHING_TO_CHOOSE = (
    "I haven't shown you a list to choose from yet. You could ask, for example, "
    '"Who is wanted by the ICC?"'
)
NO_MORE = "That's everything I have on this. What else would you like to know?"
NOT_UNDERSTOOD = (
    'Sorry, I did not understand that. You can ask me, for example, "What is the ICC?" '
    'or type "help".'
)
