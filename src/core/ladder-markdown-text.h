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
char *ladder_markdown_escape_text (const char *text);
void  ladder_markdown_append_escaped (GString *out, const char *text);
/* The same, setting @offsets (of gsize) to one more than the bytes of
 * @text: where the Markdown for each byte starts in @out, and at the end,
 * where it ends. The `<!--` that is escaped as one maps its bytes to
 * where it ends. */
void ladder_markdown_append_escaped_mapped (GString *out, const char *text, GArray *offsets);

/* @text as a person reads it where it is shown as plain text (a list of
 * roles): without the HTML tags a heading may hold ("<a
 * name="Gitaly"></a>Cluster" reads "Cluster"). @text itself when it is
 * nothing but tags. */
char *ladder_markdown_text_without_tags (const char *text);

/* The words of the Markdown blocks @markdown holds, as a person reads them
 * where they are shown as plain text: "**Nice-to-haves**" and "#####
 * Nice to have" read "Nice-to-haves" and "Nice to have"; a link reads its
 * words; HTML and comments are left out; each block on a line of its own. */
char *ladder_markdown_plain_text (const char *markdown);

/* A link destination written so that it stays one destination. */
void ladder_markdown_append_link_destination (GString *out, const char *url);

/* @markdown with each ATX heading in it @by levels deeper (to 6 at most),
 * and nothing else changed. */
char *ladder_markdown_deepen_headings (const char *markdown, int by);

/* Whether @text, written on the line right under the bullet @bullet (its
 * Markdown, as written, ending in a newline), would read as part of that
 * bullet (a lazy continuation of its paragraph, or text indented into it)
 * rather than as a block of its own, as a heading or a rule there would,
 * or any text under an empty bullet. */
gboolean
ladder_markdown_joins_bullet_above (const char *bullet, gsize bullet_length, const char *text);

G_END_DECLS
