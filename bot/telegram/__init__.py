"""The assistant in Telegram: a python-telegram-bot bridge to Rasa's REST channel.

`python -m bot.telegram` (`make telegram`) runs it; `make run` starts it when
`TELEGRAM_BOT_TOKEN` is set.
"""
