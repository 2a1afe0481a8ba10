/* ladder-yaml.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Front matter values are kept as the YAML text that follows `key:`, so a
 * page keeps its quoting. These read and write the one kind of value Ladder
 * edits: a scalar on one line, plain, 'single' or "double" quoted. */

char *ladder_yaml_decode_scalar (const char *yaml);
char *ladder_yaml_encode_scalar (const char *value,
                                 const char *like);

G_END_DECLS
