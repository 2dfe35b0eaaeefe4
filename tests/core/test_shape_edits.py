"""What the designer's +/- buttons, activation choosers and feature toggles do to an experiment."""

from nnplayground.core import shape_edits
from nnplayground.core.experiment import MAX_HIDDEN_LAYERS, MAX_NEURONS, Experiment


def test_layers_are_added_as_copies_of_the_last_and_removed_from_the_end():
    exp = Experiment().with_hidden((6, 3), ("relu", "sin"))
    more = shape_edits.change_layers(exp, +1)
    assert more.hidden == (6, 3, 3) and more.activations == ("relu", "sin", "sin")
    assert shape_edits.change_layers(more, -1).hidden == (6, 3)
    none = Experiment().with_hidden(())
    assert shape_edits.change_layers(none, +1).hidden == (shape_edits.NEW_LAYER_WIDTH,)
    assert shape_edits.change_layers(none, -1) is none
    full = Experiment().with_hidden((2,) * MAX_HIDDEN_LAYERS)
    assert shape_edits.change_layers(full, +1) is full


def test_neurons_stay_between_one_and_the_most_a_layer_may_have():
    exp = Experiment().with_hidden((1, MAX_NEURONS))
    assert shape_edits.change_neurons(exp, 0, -1) is exp
    assert shape_edits.change_neurons(exp, 1, +1) is exp
    assert shape_edits.change_neurons(exp, 0, +1).hidden == (2, MAX_NEURONS)
    assert shape_edits.change_neurons(exp, 5, +1) is exp  # no such layer


def test_an_activation_changes_one_layer():
    exp = Experiment().with_hidden((4, 4), ("tanh", "tanh"))
    assert shape_edits.change_activation(exp, 1, "relu").activations == ("tanh", "relu")


def test_features_toggle_in_their_order_and_the_last_one_stays():
    exp = Experiment(features=("x2",))
    assert shape_edits.toggle_feature(exp, "x1").features == ("x1", "x2")
    assert shape_edits.toggle_feature(exp, "x2") == shape_edits.LAST_FEATURE
