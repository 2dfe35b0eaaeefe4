"""What a session file's check, reading and writing say to a person when the file will not do, marked for
translation (see `texts`): one place for `session`, `session_format`, `runs_file` and `runs_format`. A message
names the place in the file by its JSON keys ("checkpoints: checkpoint 3: params"), which stay as they are."""

from __future__ import annotations

from .texts import QT_TRANSLATE_NOOP

# the file as a whole
SESSION_FILE = QT_TRANSLATE_NOOP("core.session_texts", "session file")
CANNOT_WRITE = QT_TRANSLATE_NOOP("core.session_texts", "the session cannot be written: {error}")
CANNOT_READ = QT_TRANSLATE_NOOP("core.session_texts", "the session file cannot be read: {error}")
CANNOT_READ_KIND = QT_TRANSLATE_NOOP("core.session_texts", "the session file cannot be read: {kind}: {error}")
NESTED = QT_TRANSLATE_NOOP("core.session_texts", "the file is nested too deeply to be a session file")
TOO_LARGE_TO_READ = QT_TRANSLATE_NOOP("core.session_texts", "the file is too large to read")
TOO_LARGE = QT_TRANSLATE_NOOP("core.session_texts", "the file is too large (at most {mb} MB)")
CONSTANT = QT_TRANSLATE_NOOP("core.session_texts", "the file holds {name}, which is not a number in JSON")
NOT_UTF8 = QT_TRANSLATE_NOOP("core.session_texts", "not a session file: byte {at} (0x{byte:02x}) is not UTF-8 text")
NOT_OBJECT = QT_TRANSLATE_NOOP("core.session_texts", "not a session file (it does not start with a JSON object)")
BAD_JSON_AT = QT_TRANSLATE_NOOP("core.session_texts", "invalid JSON at line {line} column {column}: {error}")
BAD_JSON = QT_TRANSLATE_NOOP("core.session_texts", "invalid JSON: {error}")
NO_FORMAT = QT_TRANSLATE_NOOP("core.session_texts", 'not a session file (no "format": "nnplayground-session" entry)')
UNKNOWN_ENTRY_V3 = QT_TRANSLATE_NOOP(
    "core.session_texts", "unknown entry {entry} in the session file (runs need version 3)"
)
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("core.session_texts", "unknown entry {entry} in the session file")
VERSION = QT_TRANSLATE_NOOP("core.session_texts", "version: must be a whole number >= 0, got {value}")
NEWER = QT_TRANSLATE_NOOP(
    "core.session_texts", "this file was written by a newer nnplayground (format version {version}); please update"
)
NO_EXPERIMENT = QT_TRANSLATE_NOOP("core.session_texts", "the session file has no experiment")
NO_POINTS = QT_TRANSLATE_NOOP("core.session_texts", "the session file has no points")

# a value at a place in the file ("{where}" is the place)
PLACE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: {problem}")
FINITE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: the values must be finite numbers")
WHOLE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be a whole number, got {value}")
BETWEEN = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be between {lo} and {hi}, got {value}")
NUMBERS = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be a list of numbers, got {value}")
HOLD = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must hold {length} numbers, holds {found}")
TOO_MANY_VALUES = QT_TRANSLATE_NOOP("core.session_texts", "{where}: too many values ({n:,}; at most {most:,})")
VALUE_NUMBER = QT_TRANSLATE_NOOP("core.session_texts", "{where}: value {i} must be a number, got {value}")
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: a number is too large")
NOT_FINITE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: value {i} is not a finite number")
OBJECT = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be an object, got {value}")
LIST = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be a list, got {value}")
UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("core.session_texts", "{where}: unknown field(s) {fields}")
UNKNOWN_AT = QT_TRANSLATE_NOOP("core.session_texts", "{where}: unknown entry {entry}")
XY = QT_TRANSLATE_NOOP("core.session_texts", "{where}: xy must be a list of [x, y] pairs, got {value}")
TOO_MANY_POINTS = QT_TRANSLATE_NOOP("core.session_texts", "{where}: too many points ({n:,}; at most {most:,})")
PAIR = QT_TRANSLATE_NOOP("core.session_texts", "{where}: point {i} must be an [x, y] pair, got {value}")
TRUE_FALSE = QT_TRANSLATE_NOOP("core.session_texts", "{where}: {key} must be true or false, got {value}")
GROUP = QT_TRANSLATE_NOOP("core.session_texts", "{where}: unknown parameter group {group}")
GROUP_OBJECT = QT_TRANSLATE_NOOP("core.session_texts", "{where}: group {group} must be an object, got {value}")
PCG64 = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be the state of NumPy's PCG64 generator")
RNG_FIELDS = QT_TRANSLATE_NOOP(
    "core.session_texts", "{where}: must hold bit_generator, state {{state, inc}}, has_uint32 and uinteger"
)
RNG_MISSING = QT_TRANSLATE_NOOP("core.session_texts", "{where}: rng_state is missing")

# the history and the checkpoints
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("core.session_texts", "{where}: unknown column {column}")
NO_EPOCH_COLUMN = QT_TRANSLATE_NOOP("core.session_texts", "history: the epoch column is missing")
EPOCH_ORDER = QT_TRANSLATE_NOOP("core.session_texts", "history: epochs must be whole numbers >= 0 in increasing order")
AFTER_SAVED = QT_TRANSLATE_NOOP("core.session_texts", "history: records epoch {epoch}, after the saved epoch {saved}")
ACCURACY_RULE = QT_TRANSLATE_NOOP("core.session_texts", "an accuracy must be between 0 and 1")
LOSS_RULE = QT_TRANSLATE_NOOP("core.session_texts", "a loss must be 0 or more")
ROW = QT_TRANSLATE_NOOP("core.session_texts", "history: {column}: row {i} is {value}; {rule} (or null)")
HEALTH_KEYS = QT_TRANSLATE_NOOP("core.session_texts", "health: must be an object with epoch and values")
HEALTH_ROWS = QT_TRANSLATE_NOOP("core.session_texts", "health: values must be a list of {n} rows")
HEALTH_ORDER = QT_TRANSLATE_NOOP("core.session_texts", "health: epochs must be whole numbers >= 0 in increasing order")
HEALTH_AFTER = QT_TRANSLATE_NOOP("core.session_texts", "health: records epoch {epoch}, after the saved epoch {saved}")
TOO_MANY_CHECKPOINTS = QT_TRANSLATE_NOOP("core.session_texts", "checkpoints: too many ({n:,}; at most {most:,})")
CHECKPOINT_KEYS = QT_TRANSLATE_NOOP("core.session_texts", "{where}: must be an object with {keys}")
NOT_AFTER = QT_TRANSLATE_NOOP("core.session_texts", "{where}: epoch {epoch} is not after the one before ({before})")
CHECKPOINTS_LARGE = QT_TRANSLATE_NOOP("core.session_texts", "checkpoints: too large (at most {mb} MB of numbers)")
FILE_PARAMS = QT_TRANSLATE_NOOP("core.session_texts", "params: the network needs {n} parameters, the file has {found}")
SESSION_PARAMS = QT_TRANSLATE_NOOP(
    "core.session_texts", "params: the network needs {n} parameters, the session has {found}"
)
CHECKPOINT_PARAMS = QT_TRANSLATE_NOOP(
    "core.session_texts", "checkpoint {epoch}: the network needs {n} parameters, it has {found}"
)

# several runs in one file
RUNS_TOGETHER = QT_TRANSLATE_NOOP("core.session_texts", '"run" and "runs" go together: a file has both or neither')
AT_MOST_RUNS = QT_TRANSLATE_NOOP("core.session_texts", "runs: at most {most} runs, the file has {n}")
RUN_NO_POINTS = QT_TRANSLATE_NOOP("core.session_texts", "{where}: the run has no points (null: the current run's)")
MISSING = QT_TRANSLATE_NOOP("core.session_texts", "{where}: the {key} is missing")
NOT_TEXT = QT_TRANSLATE_NOOP("core.session_texts", "{where}: the {key} must be text, got {value}")
INDEX = QT_TRANSLATE_NOOP("core.session_texts", "{where}: index must be a whole number from 0 to {last}, got {value}")
RUNS_POINTS = QT_TRANSLATE_NOOP("core.session_texts", "runs: too many points in all ({n:,}; at most {most:,})")
RUNS_ROWS = QT_TRANSLATE_NOOP("core.session_texts", "runs: too many history rows in all ({n:,}; at most {most:,})")
RUNS_HEALTH = QT_TRANSLATE_NOOP(
    "core.session_texts", "runs: too many layer health records in all ({n:,}; at most {most:,})"
)
RUNS_CHECKPOINTS = QT_TRANSLATE_NOOP(
    "core.session_texts", "runs: the checkpoints are too large (at most {mb} MB in all)"
)
HOLD_POINTS = QT_TRANSLATE_NOOP(
    "core.session_texts",
    "the runs hold {n:,} points in all, more than a session file can ({most:,}): delete the runs whose points differ",
)
TAKE_MB = QT_TRANSLATE_NOOP(
    "core.session_texts", "the runs take {mb:.0f} MB, more than a session file can ({most} MB): delete some runs"
)
TAKE_MORE = QT_TRANSLATE_NOOP(
    "core.session_texts", "the runs take more than a session file can ({most} MB): delete some runs"
)
