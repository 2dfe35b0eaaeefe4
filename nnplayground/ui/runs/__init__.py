"""The runs of a session in the window: the run book (the one owner of the runs), the run list, the sweep dialog."""
