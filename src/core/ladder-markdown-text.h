/* ladder-markdown-text.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Plain text a person typed, written as Markdown that renders back to
 * exactly that text wherever it stands (a heading, a sentence, a link's
 * text): nothing in it can start a list, a heading, a link or an HTML tag. */
char *ladder_markdown_escape_text      (const char *text);
void  ladder_markdown_append_escaped   (GString    *out,
                                        const char *text);

/* A link destination written so that it stays one destination. */
void  ladder_markdown_append_link_destination (GString    *out,
                                               const char *url);

G_END_DECLS
