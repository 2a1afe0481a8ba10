/* ladder-link.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one judge of links, for the editor, the JSON reader, the importer and
 * the exporter. A link is judged as the page's renderer will read it: HTML
 * entities, backslash escapes and percent-escapes are decoded and what a
 * browser ignores inside a scheme is dropped before the scheme is looked
 * at. Allowed: http, https and mailto URLs, URLs without a scheme (handbook
 * paths, in-page anchors) and, as a link field's whole value, one Hugo
 * `{{< ref "PATH" >}}` or `{{< relref "PATH" >}}`. */

/* A link field's value (reports_to_link, grade_link), which the exporter
 * writes as a Markdown link destination. */
gboolean ladder_link_is_allowed (const char *destination);

/* Whether @text is exactly one Hugo ref or relref shortcode with a plain
 * quoted path. */
gboolean ladder_link_is_hugo_ref (const char *text);

/* A URL as a Markdown renderer writes it into an href: entities and
 * backslash escapes already decoded (cmark_node_get_url ()). */
gboolean ladder_link_url_is_allowed (const char *url);

/* The raw value of an HTML attribute that holds a URL (href, src), whose
 * character references a browser decodes first. */
gboolean ladder_link_html_value_is_allowed (const char *value, gsize length);

G_END_DECLS
