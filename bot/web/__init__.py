"""The website chat widget (`static/widget.js`) and the small server of its demo page."""
