/* ladder-search-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-search-row.h"

#include "ladder-a11y.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-workspace-search.h"

/*
 * A row of the handbook's search results, which are grouped by family and
 * role: a family (its title, its department, how many places matched), a
 * role within it (its title, as a GtkStringObject), or one place that
 * matched (which field, and its text with the words searched for in bold).
 * Rows are recycled: a row keeps only what it shows.
 */
struct _LadderSearchRow
{
  GtkWidget  parent_instance;
  GtkWidget *box;
  GtkLabel  *heading_label;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (LadderSearchRow, ladder_search_row, GTK_TYPE_WIDGET)

/* Longest text a result shows, in characters: the place of the words in
 * their field, not the whole field. */
#define SNIPPET_CHARS 240
/* Characters kept before the first word found, when the snippet starts
 * later than the field. */
#define SNIPPET_LEAD 40

/**
 * ladder_search_field_describe:
 * @field: a #LadderWorkspaceField
 * @position: the bullet's or section's position
 *
 * Returns: (transfer full): where in a family a match is, for a person
 */
char *
ladder_search_field_describe (int field, guint position)
{
  switch ((LadderWorkspaceField) field)
    {
    case LADDER_WORKSPACE_FIELD_TITLE:
      return g_strdup (_ ("Family title"));
    case LADDER_WORKSPACE_FIELD_INTRO:
      return g_strdup (_ ("Introduction"));
    case LADDER_WORKSPACE_FIELD_SECTION:
    case LADDER_WORKSPACE_FIELD_ROLE_SECTION:
      return g_strdup (_ ("Section"));
    case LADDER_WORKSPACE_FIELD_ROLE_TITLE:
      return g_strdup (_ ("Role title"));
    case LADDER_WORKSPACE_FIELD_REPORTS_TO:
      return g_strdup (_ ("Reports to"));
    case LADDER_WORKSPACE_FIELD_RESPONSIBILITY:
      /* TRANSLATORS: the place of a bullet in a role's list, counted from 1 */
      return g_strdup_printf (_ ("Responsibility %u"), position + 1);
    case LADDER_WORKSPACE_FIELD_REQUIREMENT:
      return g_strdup_printf (_ ("Requirement %u"), position + 1);
    case LADDER_WORKSPACE_FIELD_ROLE_TEXT:
      /* TRANSLATORS: where a search found its words: a role's text besides its fields */
      return g_strdup (_ ("Role text"));
    default:
      return g_strdup ("");
    }
}

/* @text on one line, cut around the first of @words found in it. */
static char *
snippet (const char *text, const char *const *words)
{
  g_autoptr (GString) flat = g_string_new (NULL);
  g_autofree char *lower = NULL;
  const char      *start;
  glong            first = -1;
  glong            length;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean blank = *p == '\n' || *p == '\r' || *p == '\t' || *p == ' ';

      if (!blank)
        g_string_append_c (flat, *p);
      else if (flat->len > 0 && flat->str[flat->len - 1] != ' ')
        g_string_append_c (flat, ' ');
    }

  lower = g_utf8_strdown (flat->str, -1);
  for (guint i = 0; words[i] != NULL && strlen (lower) == flat->len; i++)
    {
      const char *found = strstr (lower, words[i]);

      if (found != NULL)
        {
          glong at = g_utf8_pointer_to_offset (lower, found);

          first = first < 0 ? at : MIN (first, at);
        }
    }

  length = g_utf8_strlen (flat->str, -1);
  start = flat->str;
  if (first > SNIPPET_LEAD && length > SNIPPET_CHARS)
    start
        = g_utf8_offset_to_pointer (flat->str, MIN (first - SNIPPET_LEAD, length - SNIPPET_CHARS));

  {
    glong       kept = g_utf8_strlen (start, -1);
    const char *end = kept > SNIPPET_CHARS ? g_utf8_offset_to_pointer (start, SNIPPET_CHARS)
                                           : start + strlen (start);

    return g_strdup_printf ("%s%.*s%s", start != flat->str ? "…" : "", (int) (end - start), start,
                            *end != '\0' ? "…" : "");
  }
}

/* @text as markup, with each of @words in it in bold (as the search
 * matched them: whatever their case). */
static char *
highlight (const char *text, const char *const *words)
{
  g_autofree char     *lower = g_utf8_strdown (text, -1);
  g_autofree gboolean *bold = NULL;
  g_autoptr (GString) markup = g_string_new (NULL);
  gsize length = strlen (text);
  gsize run = 0;

  /* A character whose lower case is longer or shorter: no bold rather
   * than bold in the wrong place. */
  if (strlen (lower) != length)
    return g_markup_escape_text (text, -1);

  bold = g_new0 (gboolean, length + 1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize word_length = strlen (words[i]);

      if (word_length == 0)
        continue;
      for (const char *found = strstr (lower, words[i]); found != NULL;
           found = strstr (found + word_length, words[i]))
        for (gsize b = 0; b < word_length; b++)
          bold[(gsize) (found - lower) + b] = TRUE;
    }

  while (run < length)
    {
      gsize            end = run;
      g_autofree char *escaped = NULL;

      while (end < length && bold[end] == bold[run])
        end++;
      escaped = g_markup_escape_text (text + run, (gssize) (end - run));
      if (bold[run])
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
      run = end;
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
show_result (LadderSearchRow *self, LadderWorkspaceResult *result)
{
  LadderWorkspaceEntry *entry = ladder_workspace_result_get_entry (result);
  guint                 n = g_list_model_get_n_items (ladder_workspace_result_get_matches (result));
  g_autofree char      *count = NULL;

  gtk_label_set_use_markup (self->heading_label, FALSE);
  gtk_label_set_label (self->heading_label, ladder_workspace_entry_get_title (entry));
  gtk_widget_set_css_classes (GTK_WIDGET (self->heading_label),
                              (const char *[]){ "heading", NULL });

  /* TRANSLATORS: a department, and how many places in a family matched */
  count = g_strdup_printf (ngettext ("%s · %u match", "%s · %u matches", n),
                           ladder_workspace_entry_get_department (entry), n);
  gtk_label_set_use_markup (self->text_label, FALSE);
  gtk_label_set_label (self->text_label, count);
  gtk_widget_set_css_classes (GTK_WIDGET (self->text_label),
                              (const char *[]){ "dim-label", "caption", NULL });
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), TRUE);
  ladder_a11y_speak_list_row (GTK_WIDGET (self), ladder_workspace_entry_get_title (entry), count);
}

static void
show_role (LadderSearchRow *self, const char *title)
{
  gtk_label_set_use_markup (self->heading_label, FALSE);
  gtk_label_set_label (self->heading_label, title);
  gtk_widget_set_css_classes (GTK_WIDGET (self->heading_label),
                              (const char *[]){ "caption-heading", NULL });
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), FALSE);
  ladder_a11y_speak_list_row (GTK_WIDGET (self), title, NULL);
}

static void
show_match (LadderSearchRow *self, LadderWorkspaceMatch *match, const char *query)
{
  g_autofree char *where = ladder_search_field_describe (
      ladder_workspace_match_get_field (match), ladder_workspace_match_get_position (match));
  g_autofree char *lower = g_utf8_strdown (query != NULL ? query : "", -1);
  g_auto (GStrv) words = g_strsplit_set (g_strstrip (lower), " \t", -1);
  g_autofree char *text
      = snippet (ladder_workspace_match_get_text (match), (const char *const *) words);
  g_autofree char *markup = highlight (text, (const char *const *) words);

  gtk_label_set_use_markup (self->heading_label, FALSE);
  gtk_label_set_label (self->heading_label, where);
  gtk_widget_set_css_classes (GTK_WIDGET (self->heading_label),
                              (const char *[]){ "dim-label", "caption", NULL });

  gtk_label_set_markup (self->text_label, markup);
  gtk_widget_set_css_classes (GTK_WIDGET (self->text_label), (const char *[]){ NULL });
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), TRUE);
  ladder_a11y_speak_list_row (GTK_WIDGET (self), where, text);
}

static void
ladder_search_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LADDER_TYPE_SEARCH_ROW);

  G_OBJECT_CLASS (ladder_search_row_parent_class)->dispose (object);
}

static void
ladder_search_row_class_init (LadderSearchRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_search_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderSearchRow, box);
  gtk_widget_class_bind_template_child (widget_class, LadderSearchRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LadderSearchRow, text_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_search_row_init (LadderSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ladder_search_row_new (void)
{
  return g_object_new (LADDER_TYPE_SEARCH_ROW, NULL);
}

/**
 * ladder_search_row_set_item:
 * @self: a row
 * @item: a #LadderWorkspaceResult, a #GtkStringObject (a role's title) or
 *   a #LadderWorkspaceMatch
 * @query: what was searched for
 */
void
ladder_search_row_set_item (LadderSearchRow *self, GObject *item, const char *query)
{
  g_return_if_fail (LADDER_IS_SEARCH_ROW (self));

  if (LADDER_IS_WORKSPACE_RESULT (item))
    show_result (self, LADDER_WORKSPACE_RESULT (item));
  else if (GTK_IS_STRING_OBJECT (item))
    show_role (self, gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  else if (LADDER_IS_WORKSPACE_MATCH (item))
    show_match (self, LADDER_WORKSPACE_MATCH (item), query);
}
