"""File: the session manager (`manager.SessionManager`), recent files, autosave, remembered settings, exports."""
