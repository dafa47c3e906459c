"""Safe YAML loading that remembers line numbers, for messages that point at the right line.

Only plain YAML is accepted: the safe schema, no anchors or aliases (they have no use in a
hand-written fact file and make "billion laughs" documents possible), no duplicate keys.
Every failure is reported as one :class:`~desktop_app.errors.Problem`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, SequenceNode
from yaml.resolver import Resolver

from desktop_app.errors import Problem


class LocatedDict(dict[Any, Any]):
    """A mapping that knows the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list[Any]):
    """A sequence that knows the line it starts on and the line of each item."""

    line: int = 0
    item_lines: list[int]


class YamlInputError(Exception):
    """Raised inside the loader; converted to a Problem by :func:`load_yaml`."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser

    class _Base(CParser, Composer, SafeConstructor, Resolver):  # type: ignore[misc]
        """libyaml's parser (ten times faster than PyYAML's) under PyYAML's own composer, so
        that an alias is refused where it stands, before anything is expanded."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

        check_node = Composer.check_node
        get_node = Composer.get_node
        get_single_node = Composer.get_single_node

else:  # PyYAML built without libyaml

    class _Base(yaml.SafeLoader):  # type: ignore[no-redef]
        pass


class _Loader(_Base):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise YamlInputError(
                event.start_mark.line + 1,
                "YAML aliases (*name) are not allowed; write the value out in full",
            )
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    result = LocatedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str | int | float | bool) or key is None:
            raise YamlInputError(line, "a mapping key must be plain text")
        if key in result:
            raise YamlInputError(
                line, f"duplicate key '{key}' (first on line {result.key_lines[key]}); keep one"
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _Loader, node: SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> str:
    """Dates stay text (2024-05-01); the schema checks them, so 2024-02-30 is a clear error."""
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


MAX_FILE_BYTES = 5 * 1024 * 1024  # a hand-edited fact or template file is far smaller


def _not_utf8(raw: bytes) -> str:
    """What to tell the user about a file that is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "the file is UTF-16 text; save it as UTF-8"
    try:
        raw.decode("gbk")
    except UnicodeDecodeError:
        return "the file is not UTF-8 text; save it as UTF-8"
    return "the file is not UTF-8 text (it looks like GBK); save it as UTF-8"


def load_yaml(path: Path, raw: bytes | None = None) -> tuple[Any, Problem | None]:
    """Parse ``path`` (whose bytes may be given as ``raw``, already read) into
    ``(data, None)``, or ``(None, problem)``; never raises on bad input."""
    file = str(path)
    try:
        size = len(raw) if raw is not None else path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // 1024 // 1024
            message = f"the file is {size / 1024 / 1024:.1f} MB, over {limit} MB; split it up"
            return None, Problem(file, None, None, message)
        raw = raw if raw is not None else path.read_bytes()
    except OSError as exc:
        return None, Problem(file, None, None, f"cannot read the file: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, Problem(file, line, None, _not_utf8(raw))
    try:
        return yaml.load(text, Loader=_Loader), None
    except YamlInputError as exc:
        return None, Problem(file, exc.line, None, exc.message)
    except ConstructorError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        return None, Problem(
            file, line, None, "YAML tags (such as !!python/object) are not allowed; remove the tag"
        )
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        last = len(text.splitlines()) or 1  # an error at the very end points at the last line
        line = min(mark.line + 1, last) if mark else None
        what = exc.problem or exc.context or "invalid YAML"
        if "'\\t'" in what or "tab character" in what:
            return None, Problem(file, line, None, "a tab is used for indentation; use spaces")
        return None, Problem(
            file, line, None, f"invalid YAML: {what}; check indentation and quoting"
        )
    except yaml.YAMLError as exc:
        return None, Problem(file, None, None, f"invalid YAML: {exc}")
