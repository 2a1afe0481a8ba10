/* ladder-bytes-pack.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Bytes kept for later rather than used now (a file as last read, which a
 * review compares with) are kept packed when they are large: zlib's
 * fastest level, in any thread. */
GBytes *ladder_bytes_pack (GBytes *bytes);
GBytes *ladder_bytes_unpack (GBytes *packed, GError **error);

G_END_DECLS
