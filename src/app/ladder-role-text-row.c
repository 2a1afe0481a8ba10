/* ladder-role-text-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-text-row.h"

#include <glib/gi18n.h>

#include "ladder-markdown-view.h"
#include "ladder-text-binding.h"

char *
ladder_role_text_dup_place_label (LadderRoleText *text)
{
  g_autoptr (LadderSection) subsection = NULL;

  g_return_val_if_fail (LADDER_IS_ROLE_TEXT (text), NULL);

  switch (ladder_role_text_get_place (text))
    {
    case LADDER_ROLE_TEXT_AFTER_REPORTS_TO:
      return g_strdup (_ ("After whom the role reports to"));
    case LADDER_ROLE_TEXT_UNDER_GRADE_HEADING:
      return g_strdup (_ ("Under the job grade’s heading"));
    case LADDER_ROLE_TEXT_AFTER_GRADE:
      return g_strdup (_ ("After the job grade"));
    case LADDER_ROLE_TEXT_UNDER_RESPONSIBILITIES_HEADING:
      return g_strdup (_ ("Under the heading of the responsibilities"));
    case LADDER_ROLE_TEXT_AFTER_RESPONSIBILITIES:
      return g_strdup (_ ("After the responsibilities"));
    case LADDER_ROLE_TEXT_UNDER_REQUIREMENTS_HEADING:
      return g_strdup (_ ("Under the heading of the requirements"));
    case LADDER_ROLE_TEXT_AFTER_REQUIREMENTS:
      return g_strdup (_ ("After the requirements"));
    case LADDER_ROLE_TEXT_AFTER_SUBSECTION:
      subsection = ladder_role_text_dup_subsection (text);
      if (subsection != NULL && *ladder_section_get_heading (subsection) != '\0')
        /* TRANSLATORS: where a role's text stands: after the role's subsection of this heading */
        return g_strdup_printf (_ ("After “%s”"), ladder_section_get_heading (subsection));
      return g_strdup (_ ("After a subsection"));
    case LADDER_ROLE_TEXT_AT_START:
    default:
      return g_strdup (_ ("At the start of the role"));
    }
}

GtkWidget *
ladder_role_text_row_new (LadderRoleText *text)
{
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget       *caption;
  GtkWidget       *view = gtk_source_view_new ();
  g_autofree char *place = NULL;

  g_return_val_if_fail (LADDER_IS_ROLE_TEXT (text), NULL);

  place = ladder_role_text_dup_place_label (text);
  caption = gtk_label_new (place);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_set_margin_top (caption, 8);
  gtk_widget_set_margin_start (caption, 12);
  gtk_widget_set_margin_end (caption, 12);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  ladder_markdown_view_setup (GTK_SOURCE_VIEW (view), 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, place, -1);
  ladder_text_binding_bind_markdown (GTK_TEXT_VIEW (view), G_OBJECT (text), "markdown");
  gtk_box_append (GTK_BOX (box), view);
  g_object_set_data (G_OBJECT (row), "ladder-role-text-view", view);
  g_object_set_data_full (G_OBJECT (row), "ladder-role-text", g_object_ref (text), g_object_unref);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, place, -1);

  return row;
}

GtkWidget *
ladder_role_text_row_get_view (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  return g_object_get_data (G_OBJECT (row), "ladder-role-text-view");
}

LadderRoleText *
ladder_role_text_row_get_text (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);

  return g_object_get_data (G_OBJECT (row), "ladder-role-text");
}
