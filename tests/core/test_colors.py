"""The class colours stay distinct for colour-blind students: every pair, under simulated dichromacy.

The simulation is Machado, Oliveira & Fernandes (2009) at severity 1.0 applied in linear sRGB; the difference is
CIE76 ΔE in CIELAB (D65), computed here from the definitions, independently of the app.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nnplayground.core.colors import CLASS_COLORS

SIMULATIONS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
    "normal vision": np.eye(3).tolist(),
}
MIN_DELTA_E = 15.0  # "clearly different at a glance" for small dots; the palette reaches ~19
MIN_FROM_WHITE = 30.0  # a point must stand out on the white canvas


def linear(hex_color: str) -> np.ndarray:
    c = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = np.array(
        [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.072175], [0.0193339, 0.119192, 0.9503041]]
    )
    t = (xyz @ rgb_linear) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen(hex_color: str, simulation: str) -> np.ndarray:
    return lab(np.clip(np.array(SIMULATIONS[simulation]) @ linear(hex_color), 0.0, 1.0))


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
def test_every_pair_of_class_colours_stays_apart(simulation):
    worst = min(
        (float(np.linalg.norm(seen(a, simulation) - seen(b, simulation))), a, b)
        for a, b in itertools.combinations(CLASS_COLORS, 2)
    )
    assert worst[0] >= MIN_DELTA_E, f"{worst[1]} and {worst[2]} look alike under {simulation} (ΔE {worst[0]:.1f})"


@pytest.mark.parametrize("simulation", list(SIMULATIONS))
def test_every_class_colour_stands_out_on_white(simulation):
    white = lab(np.ones(3))
    for c in CLASS_COLORS:
        assert np.linalg.norm(seen(c, simulation) - white) >= MIN_FROM_WHITE, (c, simulation)


def test_the_two_classes_keep_tensorflow_playgrounds_orange_and_blue():
    assert CLASS_COLORS[:2] == ("#f59322", "#0877bd") and len(set(CLASS_COLORS)) == 9
