"""Views of how learning goes, each in a window of its own opened from the View menu: the loss landscape, the
space a hidden layer makes, the health of every layer. Their pictures are computed in the training process
(`TrainingController.call`), never in the GUI thread."""
