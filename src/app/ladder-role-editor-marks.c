/* ladder-role-editor-marks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-editor-private.h"
#include "ladder-text-binding.h"
#include "ladder-tooltip.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/*
 * What the handbook checks found in the role shown: each field's row
 * marked as an error or a warning with the messages in its tooltip, what
 * is about a list as a whole under its title, the bullets' own marks, and
 * the way to a problem's field.
 */

typedef struct
{
  LadderLintSeverity worst;
  GString           *messages;
} Mark;

static void
mark_add (Mark *mark, LadderLintProblem *problem)
{
  mark->worst = MAX (mark->worst, ladder_lint_problem_get_severity (problem));
  if (mark->messages->len > 0)
    g_string_append_c (mark->messages, '\n');
  g_string_append (mark->messages, ladder_lint_problem_get_message (problem));
}

/* A field's row: marked as an error or a warning, the messages in its
 * tooltip. */
/* The tooltip a field has when the checks find nothing in it. */
#define BASE_TOOLTIP "ladder-base-tooltip"

static void
mark_widget (GtkWidget *widget, Mark *mark)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (mark->worst == LADDER_LINT_ERROR)
    gtk_widget_add_css_class (widget, "error");
  else if (mark->worst == LADDER_LINT_WARNING)
    gtk_widget_add_css_class (widget, "warning");
  /* Without a problem, the field's own tooltip (the Extends row says what
   * it is for) comes back. */
  ladder_tooltip_set_text (widget, mark->messages->len > 0
                                       ? mark->messages->str
                                       : g_object_get_data (G_OBJECT (widget), BASE_TOOLTIP));
}

/* What is about a part as a whole (a list that lacks "Ability to use
 * GitLab") is said in a label of its own under the part's title, not in
 * the group's description. GTK 4.8 measures a description's width for many
 * heights in the group's header, and the description may break between
 * any two characters, so that its narrowest layout has a line for each
 * character, laid out again at every role shown (23 M instructions of
 * each, bench/README.md). This label breaks between words only, outside
 * the header. */
static void
mark_message (GtkLabel *label, Mark *mark)
{
  gtk_label_set_text (label, mark->messages->str);
  gtk_widget_set_visible (GTK_WIDGET (label), mark->messages->len > 0);
}

enum
{
  MARK_TITLE,
  MARK_REPORTS_TO,
  MARK_GRADE,
  MARK_EXTENDS,
  MARK_ROLE,
  MARK_RESPONSIBILITIES,
  MARK_REQUIREMENTS,
  N_MARKS
};

/* A role's list of problems, or NULL for a role without any. */
static void
free_problems (gpointer problems)
{
  if (problems != NULL)
    g_ptr_array_unref (problems);
}

/* Sorts the checks' problems by role, once for each run of the checks,
 * rather than all the family's problems read for each role shown (4,000
 * for the large family of bench/first-frame). */
static void
sort_problems (LadderRoleEditor *self)
{
  guint n_problems = self->problems != NULL ? g_list_model_get_n_items (self->problems) : 0;

  g_clear_pointer (&self->problems_by_role, g_ptr_array_unref);
  self->problems_by_role = g_ptr_array_new_with_free_func (free_problems);
  for (guint i = 0; i < n_problems; i++)
    {
      LadderLintProblem *problem = g_list_model_get_item (self->problems, i);
      int                role = ladder_lint_problem_get_role (problem);

      /* Held by the problems until they change, which sorts them anew. */
      g_object_unref (problem);
      if (role < 0)
        continue;
      if ((guint) role >= self->problems_by_role->len)
        g_ptr_array_set_size (self->problems_by_role, role + 1);
      if (g_ptr_array_index (self->problems_by_role, role) == NULL)
        g_ptr_array_index (self->problems_by_role, role) = g_ptr_array_new ();
      g_ptr_array_add (g_ptr_array_index (self->problems_by_role, role), problem);
    }
}

/* The problems found in the role at @position, in the checks' order
 * (NULL: none). */
static GPtrArray *
problems_of_role (LadderRoleEditor *self, guint position)
{
  return self->problems_by_role != NULL && position < self->problems_by_role->len
             ? g_ptr_array_index (self->problems_by_role, position)
             : NULL;
}

/* The field of each of the role's texts, marked with the problems found
 * in it. */
static void
mark_texts (LadderRoleEditor *self, GPtrArray *problems)
{
  GListModel *texts = self->role != NULL ? ladder_role_get_texts (self->role) : NULL;
  guint       n_texts = texts != NULL ? g_list_model_get_n_items (texts) : 0;

  for (guint t = 0; t < n_texts; t++)
    {
      g_autoptr (LadderRoleText) text = g_list_model_get_item (texts, t);
      GtkWidget *view = _ladder_role_editor_find_text_view (self, text);
      Mark       mark = { LADDER_LINT_OFF, g_string_new (NULL) };

      for (guint i = 0; view != NULL && problems != NULL && i < problems->len; i++)
        {
          LadderLintProblem *problem = g_ptr_array_index (problems, i);

          if (ladder_lint_problem_get_field (problem) == LADDER_LINT_FIELD_ROLE_TEXT
              && ladder_lint_problem_get_index (problem) == (int) t)
            mark_add (&mark, problem);
        }
      if (view != NULL)
        mark_widget (gtk_widget_get_ancestor (view, GTK_TYPE_LIST_BOX_ROW), &mark);
      g_string_free (mark.messages, TRUE);
    }
}

void
_ladder_role_editor_update_marks (LadderRoleEditor *self)
{
  Mark marks[N_MARKS];
  g_autoptr (GPtrArray) responsibilities = g_ptr_array_new ();
  g_autoptr (GPtrArray) requirements = g_ptr_array_new ();
  guint    position = 0;
  gboolean found = self->role != NULL && self->family != NULL && self->problems != NULL
                   && g_list_store_find (G_LIST_STORE (ladder_family_get_roles (self->family)),
                                         self->role, &position);
  GPtrArray *problems = found ? problems_of_role (self, position) : NULL;

  for (guint i = 0; i < N_MARKS; i++)
    marks[i] = (Mark){ LADDER_LINT_OFF, g_string_new (NULL) };

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (problems, i);
      gboolean           whole_list = ladder_lint_problem_get_index (problem) < 0;

      switch (ladder_lint_problem_get_field (problem))
        {
        case LADDER_LINT_FIELD_TITLE:
          mark_add (&marks[MARK_TITLE], problem);
          break;
        case LADDER_LINT_FIELD_REPORTS_TO:
          mark_add (&marks[MARK_REPORTS_TO], problem);
          break;
        case LADDER_LINT_FIELD_GRADE:
          mark_add (&marks[MARK_GRADE], problem);
          break;
        case LADDER_LINT_FIELD_EXTENDS:
          mark_add (&marks[MARK_EXTENDS], problem);
          break;
        case LADDER_LINT_FIELD_RESPONSIBILITIES:
          if (whole_list)
            mark_add (&marks[MARK_RESPONSIBILITIES], problem);
          else
            g_ptr_array_add (responsibilities, problem);
          break;
        case LADDER_LINT_FIELD_REQUIREMENTS:
          if (whole_list)
            mark_add (&marks[MARK_REQUIREMENTS], problem);
          else
            g_ptr_array_add (requirements, problem);
          break;
        case LADDER_LINT_FIELD_ROLE_TEXT:
          /* One of the role's texts: marked on its field (mark_texts ()). */
          if (!whole_list)
            break;
          mark_add (&marks[MARK_ROLE], problem);
          break;
        default:
          mark_add (&marks[MARK_ROLE], problem);
          break;
        }
    }

  mark_widget (GTK_WIDGET (self->title_row), &marks[MARK_TITLE]);
  mark_widget (GTK_WIDGET (self->reports_to_row), &marks[MARK_REPORTS_TO]);
  mark_widget (self->grade_row, &marks[MARK_GRADE]);
  mark_widget (GTK_WIDGET (self->extends_row), &marks[MARK_EXTENDS]);
  mark_message (self->role_message, &marks[MARK_ROLE]);
  mark_message (self->responsibilities_message, &marks[MARK_RESPONSIBILITIES]);
  mark_message (self->requirements_message, &marks[MARK_REQUIREMENTS]);
  ladder_bullet_editor_set_problems (self->responsibilities, responsibilities);
  ladder_bullet_editor_set_problems (self->requirements, requirements);
  mark_texts (self, problems);

  for (guint i = 0; i < N_MARKS; i++)
    g_string_free (marks[i].messages, TRUE);
}

static void
on_problems_changed (LadderRoleEditor *self)
{
  sort_problems (self);
  _ladder_role_editor_update_marks (self);
}

void
ladder_role_editor_set_problems (LadderRoleEditor *self, GListModel *problems)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (problems == NULL || G_IS_LIST_MODEL (problems));

  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_func (self->problems, on_problems_changed, self);
  g_set_object (&self->problems, problems);
  if (problems != NULL)
    g_signal_connect_swapped (problems, "items-changed", G_CALLBACK (on_problems_changed), self);
  on_problems_changed (self);
}

void
ladder_role_editor_show_problem (LadderRoleEditor *self, LadderLintProblem *problem)
{
  LadderBulletEditor *bullets = NULL;
  int                 index;

  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (LADDER_IS_LINT_PROBLEM (problem));

  index = ladder_lint_problem_get_index (problem);
  switch (ladder_lint_problem_get_field (problem))
    {
    case LADDER_LINT_FIELD_REPORTS_TO:
      gtk_widget_grab_focus (GTK_WIDGET (self->reports_to_row));
      return;
    case LADDER_LINT_FIELD_GRADE:
      gtk_widget_grab_focus (GTK_WIDGET (self->grade_spin));
      return;
    case LADDER_LINT_FIELD_EXTENDS:
      gtk_widget_grab_focus (GTK_WIDGET (self->extends_row));
      return;
    case LADDER_LINT_FIELD_RESPONSIBILITIES:
      bullets = self->responsibilities;
      break;
    case LADDER_LINT_FIELD_REQUIREMENTS:
      bullets = self->requirements;
      break;
    case LADDER_LINT_FIELD_ROLE_TEXT:
      {
        g_autoptr (LadderRoleText) text
            = index >= 0 && self->role != NULL
                  ? g_list_model_get_item (ladder_role_get_texts (self->role), (guint) index)
                  : NULL;
        GtkWidget *view = text != NULL ? _ladder_role_editor_find_text_view (self, text) : NULL;

        if (view != NULL)
          {
            gtk_widget_grab_focus (view);
            ladder_text_view_select_bytes (GTK_TEXT_VIEW (view),
                                           ladder_lint_problem_get_field_offset (problem),
                                           ladder_lint_problem_get_field_length (problem));
            return;
          }
      }
      break;
    case LADDER_LINT_FIELD_SECTION:
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->subsections_list, MAX (index, 0));

        if (row != NULL && ADW_IS_EXPANDER_ROW (row))
          {
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
            gtk_widget_grab_focus (GTK_WIDGET (row));
            return;
          }
      }
      break;
    default:
      break;
    }

  if (bullets != NULL && index >= 0
      && ladder_bullet_editor_focus_bullet (bullets, (guint) index,
                                            ladder_lint_problem_get_field_offset (problem),
                                            ladder_lint_problem_get_field_length (problem)))
    return;

  /* A list as a whole: its first bullet, or its Add button. */
  if (bullets != NULL && gtk_widget_child_focus (GTK_WIDGET (bullets), GTK_DIR_TAB_FORWARD))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

void
_ladder_role_editor_init_marks (LadderRoleEditor *self)
{
  g_object_set_data_full (G_OBJECT (self->extends_row), BASE_TOOLTIP,
                          g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (self->extends_row))),
                          g_free);
}
