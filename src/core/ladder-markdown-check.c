/* ladder-markdown-check.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-check.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-link.h"

/* A URL is shown in a message up to this many characters. */
#define SHOWN_LENGTH 60

/* Elements that run a script or load another document, whatever their
 * attributes say. (An iframe is judged by its src, as a link is.) */
static const char * const refused_elements[] = {
  "script", "object", "embed", "applet", "base", "meta", NULL
};

/* Attributes that hold a URL a browser follows or loads. */
static const char * const url_attributes[] = {
  "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite",
  "longdesc", "codebase", "classid", "archive", "dynsrc", "lowsrc", "manifest", "ping", "icon",
  "profile", NULL
};

typedef struct
{
  LadderMarkdownProblemFunc func;
  gpointer                  user_data;
  int                       line;
  int                       column;
  const char               *text;
} Found;

static gboolean
in_list (const char * const *list,
         const char         *name,
         gsize               length)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == length && g_ascii_strncasecmp (list[i], name, length) == 0)
      return TRUE;

  return FALSE;
}

/* @url for a message: one line, not too long. */
static char *
shown (const char *url,
       gsize       length)
{
  GString *out = g_string_new (NULL);
  g_autofree char *valid = g_utf8_make_valid (url, (gssize) length);
  guint count = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char (p);

      if (count == SHOWN_LENGTH)
        {
          g_string_append (out, "…");
          break;
        }

      if (c < 0x20 || c == 0x7f)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Reports a problem at @at, a place in the node's text, whose first
 * character stands at found->line and found->column. */
static void
report (Found      *found,
        const char *at,
        const char *message)
{
  int line = found->line;
  int column = found->column;

  for (const char *p = found->text; p != NULL && p < at; p++)
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else
        {
          column++;
        }
    }

  found->func (line, column, message, found->user_data);
}

static gboolean
is_html_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void
check_url_attribute (Found      *found,
                     const char *at,
                     const char *name,
                     gsize       name_length,
                     const char *value,
                     gsize       value_length)
{
  g_autofree char *attribute = g_ascii_strdown (name, (gssize) name_length);

  if (!ladder_link_html_value_is_allowed (value, value_length))
    {
      g_autofree char *url = shown (value, value_length);
      /* TRANSLATORS: the first %s is an HTML attribute such as "href", the
       * second the link it holds */
      g_autofree char *message = g_strdup_printf (_("the HTML attribute %s=“%s” is not allowed: use an "
                                                    "http, https or mailto link or a handbook path"),
                                                  attribute, url);

      report (found, at, message);
    }
}

static void
check_attribute (Found      *found,
                 const char *name,
                 gsize       name_length,
                 const char *value,
                 gsize       value_length)
{
  g_autofree char *attribute = g_ascii_strdown (name, (gssize) name_length);

  if (name_length > 2 && g_ascii_strncasecmp (name, "on", 2) == 0)
    {
      /* TRANSLATORS: %s is an HTML attribute such as "onclick" */
      g_autofree char *message = g_strdup_printf (_("the HTML attribute “%s” is not allowed: it runs "
                                                    "a script"),
                                                  attribute);

      report (found, name, message);
    }
  else if (g_str_equal (attribute, "srcdoc"))
    {
      report (found, name, _("the HTML attribute “srcdoc” is not allowed: it holds a page of its own"));
    }
  else if (in_list (url_attributes, name, name_length))
    {
      check_url_attribute (found, name, name, name_length, value, value_length);
    }
  else if (g_str_equal (attribute, "srcset") || g_str_equal (attribute, "imagesrcset"))
    {
      /* "a.png 1x, b.png 2x": each candidate's URL. */
      const char *end = value + value_length;

      for (const char *p = value; p < end;)
        {
          const char *url;

          while (p < end && (is_html_space (*p) || *p == ','))
            p++;
          for (url = p; p < end && !is_html_space (*p) && *p != ','; p++)
            ;
          if (p > url)
            check_url_attribute (found, url, name, name_length, url, (gsize) (p - url));
          while (p < end && *p != ',')
            p++;
        }
    }
}

/* Goes through the start tags of a piece of raw HTML, as a browser would
 * tokenize them. */
static void
check_html (Found      *found,
            const char *html)
{
  const char *p = html;

  while ((p = strchr (p, '<')) != NULL)
    {
      const char *tag = p;
      const char *name = p + 1;
      const char *q;

      if (g_str_has_prefix (p, "<!--"))
        {
          p = strstr (p + 4, "-->");
          if (p == NULL)
            return;
          continue;
        }

      if (!g_ascii_isalpha (*name))
        {
          p++;
          continue;
        }

      for (q = name; *q != '\0' && !is_html_space (*q) && *q != '/' && *q != '>'; q++)
        ;

      if (in_list (refused_elements, name, (gsize) (q - name)))
        {
          g_autofree char *element = g_ascii_strdown (name, q - name);
          /* TRANSLATORS: %s is an HTML element such as "script" */
          g_autofree char *message = g_strdup_printf (_("the HTML element <%s> is not allowed: it can run "
                                                        "a script or load another page"),
                                                      element);

          report (found, tag, message);
        }

      /* Attributes, up to the end of the tag. */
      for (;;)
        {
          const char *attribute;
          gsize attribute_length;
          const char *value = "";
          gsize value_length = 0;

          while (is_html_space (*q) || *q == '/')
            q++;

          if (*q == '>' || *q == '\0')
            break;

          attribute = q;
          q++;
          while (*q != '\0' && !is_html_space (*q) && *q != '/' && *q != '>' && *q != '=')
            q++;
          attribute_length = (gsize) (q - attribute);

          while (is_html_space (*q))
            q++;

          if (*q == '=')
            {
              q++;
              while (is_html_space (*q))
                q++;

              if (*q == '"' || *q == '\'')
                {
                  char quote = *q++;

                  value = q;
                  while (*q != '\0' && *q != quote)
                    q++;
                  value_length = (gsize) (q - value);
                  if (*q == quote)
                    q++;
                }
              else
                {
                  value = q;
                  while (*q != '\0' && !is_html_space (*q) && *q != '>')
                    q++;
                  value_length = (gsize) (q - value);
                }
            }

          check_attribute (found, attribute, attribute_length, value, value_length);
        }

      p = q;
    }
}

void
ladder_markdown_find_problems (cmark_node                *document,
                               LadderMarkdownProblemFunc  func,
                               gpointer                   user_data)
{
  cmark_iter *iter;
  cmark_event_type event;

  g_return_if_fail (func != NULL);

  if (document == NULL)
    return;

  iter = cmark_iter_new (document);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      Found found = {
        .func = func,
        .user_data = user_data,
        .line = cmark_node_get_start_line (node),
        .column = cmark_node_get_start_column (node),
      };

      if (event != CMARK_EVENT_ENTER)
        continue;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
          if (!ladder_link_url_is_allowed (cmark_node_get_url (node)))
            {
              g_autofree char *url = shown (cmark_node_get_url (node), strlen (cmark_node_get_url (node)));
              /* TRANSLATORS: %s is a link's address */
              g_autofree char *message = g_strdup_printf (_("the link to “%s” is not allowed: use an http, "
                                                            "https or mailto link, a handbook path or a "
                                                            "Hugo ref"),
                                                          url);

              func (found.line, found.column, message, user_data);
            }
          break;

        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
          found.text = cmark_node_get_literal (node);
          if (found.text != NULL)
            check_html (&found, found.text);
          break;

        default:
          break;
        }
    }

  cmark_iter_free (iter);
}

static void
count_problem (int         line,
               int         column,
               const char *message,
               gpointer    user_data)
{
  GHashTable *counts = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, message));

  g_hash_table_insert (counts, g_strdup (message), GUINT_TO_POINTER (count + 1));
}

typedef struct
{
  GHashTable *before;
  char       *first_new;
} Edit;

static void
find_new_problem (int         line,
                  int         column,
                  const char *message,
                  gpointer    user_data)
{
  Edit *edit = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (edit->before, message));

  if (edit->first_new != NULL)
    return;

  if (count > 0)
    g_hash_table_insert (edit->before, g_strdup (message), GUINT_TO_POINTER (count - 1));
  else
    edit->first_new = g_strdup (message);
}

char *
ladder_markdown_check_edit (const char *before,
                            const char *text)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Edit edit = { counts, NULL };
  cmark_node *document;

  if (text == NULL || *text == '\0')
    return NULL;

  if (before != NULL && *before != '\0')
    {
      document = cmark_parse_document (before, strlen (before), CMARK_OPT_DEFAULT);
      ladder_markdown_find_problems (document, count_problem, counts);
      cmark_node_free (document);
    }

  document = cmark_parse_document (text, strlen (text), CMARK_OPT_DEFAULT);
  ladder_markdown_find_problems (document, find_new_problem, &edit);
  cmark_node_free (document);

  return edit.first_new;
}
