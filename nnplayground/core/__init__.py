"""The learning core: pure NumPy, no Qt. Everything the app does to a network or a data set lives here first."""

from .network import Network
from .optimizers import Optimizer

__all__ = ["Network", "Optimizer"]
