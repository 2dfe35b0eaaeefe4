"""The main window (`main_window.MainWindow`): layout, actions, menus, toolbar, settings bar, status bar, help, keys."""
