"""The window: `workbench.Workbench` owns the work, `commands` makes every edit undoable, and the views live in
folders by screen region (see docs/architecture.md)."""
