/* ladder-markdown-check.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark.h>
#include <glib.h>

G_BEGIN_DECLS

/*
 * What Markdown text may not hold on a published page: links (Markdown
 * links, images, autolinks, and URLs in HTML attributes such as href and
 * src) whose scheme is not http, https or mailto (as ladder-link.h judges
 * them), the HTML elements that run scripts or load other documents
 * (script, object, embed, applet, base, meta), and event-handler
 * attributes (on…=). All other HTML is kept: handbook pages use it.
 */

typedef void (*LadderMarkdownProblemFunc) (int         line,
                                           int         column,
                                           const char *message,
                                           gpointer    user_data);

/* Calls @func for each problem of @document, at its line and column in
 * the text cmark parsed, in text order. */
void  ladder_markdown_find_problems (cmark_node                *document,
                                     LadderMarkdownProblemFunc  func,
                                     gpointer                   user_data);

/* For a field being edited from @before to @text: a message (translated)
 * for the first problem @text has that @before does not, or NULL. What a
 * page already had stays editable; only what is typed is refused. */
char *ladder_markdown_check_edit    (const char *before,
                                     const char *text);

G_END_DECLS
