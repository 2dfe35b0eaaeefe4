"""The output column (`panel.OutputPanel`): losses, the loss chart, the timeline and what is on screen, pictures."""
