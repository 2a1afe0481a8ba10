#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks *.jobfamily.json files against data/ladder-jobfamily.schema.json.

Usage: check-schema.py [--schema PATH] [--expect-invalid] FILE...

Each problem is printed as "FILE: error: JSON-PATH: MESSAGE". The exit status
is 0 when every file passed, 1 when one did not, and 77 (a skipped test, for
meson) when python3-jsonschema is not installed.

With --expect-invalid every file must fail validation instead, so that the
tests can show the schema rejects what Ladder rejects; a file that is not
well-formed JSON does not count, since it says nothing about the schema.

Besides the schema, the files are read the way Ladder reads them: a key
given twice in one object, values nested more than 64 deep, NaN or Infinity,
and a number with a fraction or an exponent where an integer belongs (1.0,
1e0) are errors.
"""

import argparse
import json
import os
import re
import sys

from ladder_skip import skip_status


# Ladder refuses values nested deeper than this (ladder-json-reader.c).
MAX_DEPTH = 64


class DuplicateKeys:
    """Notes the objects that give a key twice while the file is parsed."""

    def __init__(self):
        self.found = {}
        # Keeps the objects alive so that their ids stay theirs.
        self.objects = []

    def hook(self, pairs):
        result = {}
        for key, value in pairs:
            if key in result and id(result) not in self.found:
                self.found[id(result)] = key
                self.objects.append(result)
            result[key] = value
        return result


def reject_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def json_path(parts):
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            path += f".{part}"
        else:
            path += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return path


def reader_errors(document, duplicates):
    """What Ladder refuses that JSON Schema cannot say: keys given twice,
    and values nested too deep."""
    errors = []
    too_deep = False

    def walk(value, parts):
        nonlocal too_deep
        if isinstance(value, (dict, list)) and len(parts) >= MAX_DEPTH and not too_deep:
            too_deep = True
            errors.append((json_path(parts), f"values are nested more than {MAX_DEPTH} deep"))
            return
        if isinstance(value, dict):
            key = duplicates.found.get(id(value))
            if key is not None:
                errors.append((json_path(parts),
                               f"the key {json.dumps(key, ensure_ascii=False)} "
                               "appears twice in one object"))
            for name, member in value.items():
                walk(member, parts + [name])
        elif isinstance(value, list):
            for index, element in enumerate(value):
                walk(element, parts + [index])

    walk(document, [])
    return errors


def load_json(path):
    """Returns (document, duplicate-key errors); raises ValueError when the
    file is not well-formed JSON, OSError when it cannot be read."""
    with open(path, "rb") as stream:
        data = stream.read()
    if not data:
        raise ValueError("the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"the file is not valid UTF-8 (byte {error.start})") from None
    duplicates = DuplicateKeys()
    try:
        document = json.loads(text, object_pairs_hook=duplicates.hook,
                              parse_constant=reject_constant)
    except json.JSONDecodeError as error:
        raise ValueError(f"line {error.lineno} column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise ValueError(f"values are nested far more than {MAX_DEPTH} deep") from None
    return document, reader_errors(document, duplicates)


def make_validator_class(jsonschema):
    """Draft 2020-12, except that an integer must be written as one: Ladder
    (json-glib) reads 1.0 as a floating-point number and refuses it where an
    integer belongs, while JSON Schema would call it an integer."""
    base = jsonschema.Draft202012Validator

    def is_integer(checker, instance):
        return isinstance(instance, int) and not isinstance(instance, bool)

    type_checker = base.TYPE_CHECKER.redefine("integer", is_integer)
    return jsonschema.validators.extend(base, type_checker=type_checker)


def schema_errors(validator, document):
    errors = []
    for error in validator.iter_errors(document):
        errors.append((json_path(error.absolute_path), error.message))
    errors.sort(key=lambda e: (e[0], e[1]))
    return errors


def main():
    parser = argparse.ArgumentParser(
        description="Check *.jobfamily.json files against the Ladder job family schema.")
    parser.add_argument("--schema", metavar="PATH",
                        default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             os.pardir, "data", "ladder-jobfamily.schema.json"),
                        help="the schema (default: data/ladder-jobfamily.schema.json in the source tree)")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="every FILE must fail validation")
    parser.add_argument("files", metavar="FILE", nargs="+")
    args = parser.parse_args()

    try:
        import jsonschema
        import jsonschema.validators
    except ImportError as error:
        return skip_status(f"cannot check against the schema: {error} (install python3-jsonschema)")

    if not hasattr(jsonschema, "Draft202012Validator"):
        return skip_status("this jsonschema does not know JSON Schema draft 2020-12 "
                           "(version 4.0 or later is needed)")

    try:
        with open(args.schema, "rb") as stream:
            schema = json.loads(stream.read().decode("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as error:
        print(f"{args.schema}: error: {error}")
        return 1
    except jsonschema.exceptions.SchemaError as error:
        print(f"{args.schema}: error: {json_path(error.absolute_path)}: "
              f"not a valid draft 2020-12 schema: {error.message}")
        return 1

    validator = make_validator_class(jsonschema)(schema)
    failed = False

    for path in args.files:
        try:
            document, errors = load_json(path)
        except OSError as error:
            print(f"{path}: error: {error.strerror}")
            failed = True
            continue
        except ValueError as error:
            if args.expect_invalid:
                print(f"{path}: error: not well-formed JSON, so it does not test the schema: {error}")
            else:
                print(f"{path}: error: {error}")
            failed = True
            continue

        errors += schema_errors(validator, document)

        if args.expect_invalid:
            if not errors:
                print(f"{path}: error: $: the file is valid, but it should not be")
                failed = True
            else:
                for where, message in errors:
                    print(f"{path}: rejected as expected: {where}: {message}")
        else:
            for where, message in errors:
                print(f"{path}: error: {where}: {message}")
            failed = failed or bool(errors)
            if not errors:
                print(f"{path}: valid")

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
