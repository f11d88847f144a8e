"""PyYAML's C loader with YAML 1.2 core-schema scalars (``answer: no`` is the text "no", ``12:30``
is not the number 750), and the node lookups that locate a problem on its line."""

from __future__ import annotations

import re
from typing import Any

import yaml

from questions.excerpt import excerpt


class CoreSchemaLoader(yaml.CSafeLoader):
    """PyYAML's C loader, resolving plain scalars as YAML 1.2's core schema does, and refusing what
    a deck file must not hold: a key twice in one mapping (PyYAML would keep the last silently),
    and aliases (``*name``): a few hundred bytes of them make a value of billions of elements."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:  # only an alias reaches a node a second time
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "this value is used again through an alias (*name): a deck file allows no aliases, "
                "write each value out",
                node.start_mark,
            )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {excerpt(key_node.value)}", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


CoreSchemaLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    CoreSchemaLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


def value_node(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if key_node.value == key:
                return value_node
    return None


def line_of(mapping: yaml.Node | None, key: str | None) -> int | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, _ in mapping.value:
            if key_node.value == key:
                return key_node.start_mark.line + 1
    return None


__all__ = [
    "CoreSchemaLoader",
    "line_of",
    "value_node",
]
