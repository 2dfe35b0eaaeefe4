"""The space the data live in, and its limits: every generator, point set, canvas and contour uses these.

As in TensorFlow Playground, points lie in the square [-6, 6] x [-6, 6]. A set holds at most a million points
(however it is made: generated, drawn, imported or opened), and classes are 0 to 8 (the keys 1-9 pick them).
"""

LIMIT = 6.0  # half the side of the square
MAX_POINTS = 1_000_000
MIN_CLASSES, MAX_CLASSES = 2, 9  # how many classes a generator may make
MAX_CLASS = MAX_CLASSES - 1  # the highest class a point may have
