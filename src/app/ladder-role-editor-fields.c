/* ladder-role-editor-fields.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-editor-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ladder-link.h"
#include "ladder-section-row.h"

/*
 * The fields of the role's form that need a little translation between
 * widget and model, and follow the role's notifications: the grade (its
 * lowest value is none), the manager and the manager's link (only a safe
 * link reaches the model), "extends" (a choice among the other roles'
 * titles) and the role's own subsections.
 */

/* The titles of the family's other roles, for "extends" and "reports to". */
static GPtrArray *
other_titles (LadderRoleEditor *self)
{
  GPtrArray  *titles = g_ptr_array_new_with_free_func (g_free);
  GListModel *roles;
  guint       n_roles;

  if (self->family == NULL)
    return titles;

  roles = ladder_family_get_roles (self->family);
  n_roles = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);
      const char *title = ladder_role_get_title (role);

      if (role != self->role && *title != '\0')
        g_ptr_array_add (titles, g_strdup (title));
    }

  return titles;
}

static void
update_grade (LadderRoleEditor *self)
{
  int grade = self->role != NULL ? ladder_role_get_job_grade (self->role) : LADDER_GRADE_NONE;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->grade_spin, grade == LADDER_GRADE_NONE ? -1 : grade);
  self->updating = FALSE;
}

static void
on_grade_changed (LadderRoleEditor *self)
{
  int grade = gtk_spin_button_get_value_as_int (self->grade_spin);

  if (self->updating || self->role == NULL)
    return;

  ladder_role_set_job_grade (self->role, grade < 0 ? LADDER_GRADE_NONE : grade);
}

/* The grade's lowest value is no grade at all, and says so. */
static gboolean
on_grade_output (GtkSpinButton *spin)
{
  int              grade = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = grade < 0 ? g_strdup (_ ("No grade")) : g_strdup_printf ("%d", grade);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Typed: a number is a grade; anything else (the words "No grade", an
 * empty field) is none. */
static int
on_grade_input (GtkSpinButton *spin, double *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  guint64          grade;

  if (g_ascii_string_to_unsigned (text, 10, 0, LADDER_GRADE_MAX, &grade, NULL))
    *value = (double) grade;
  else
    *value = -1;

  return TRUE;
}

static void
update_link (LadderRoleEditor *self)
{
  const char *link = self->role != NULL ? ladder_role_get_reports_to_link (self->role) : "";

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->reports_to_link_row)), link) == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->reports_to_link_row), link);
  self->updating = FALSE;
}

/* Only a web, email or handbook link reaches the model; anything else
 * (javascript:, data:) is refused where it is typed. */
static void
on_link_changed (LadderRoleEditor *self)
{
  const char *link = gtk_editable_get_text (GTK_EDITABLE (self->reports_to_link_row));
  gboolean    allowed = ladder_link_is_allowed (link);

  if (allowed)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reports_to_link_row), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reports_to_link_row),
                                     _ ("Manager’s _link"));
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reports_to_link_row), "error");
      adw_preferences_row_set_title (
          ADW_PREFERENCES_ROW (self->reports_to_link_row),
          _ ("Not allowed: use an https, http or mailto link, or a handbook path"));
    }

  if (self->updating || self->role == NULL || !allowed)
    return;

  ladder_role_set_reports_to_link (self->role, link);
}

static void
update_reports_to (LadderRoleEditor *self)
{
  const char *reports_to = self->role != NULL ? ladder_role_get_reports_to (self->role) : "";

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->reports_to_row)), reports_to) == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->reports_to_row), reports_to);
  self->updating = FALSE;
}

static void
on_reports_to_changed (LadderRoleEditor *self)
{
  if (self->updating || self->role == NULL)
    return;

  ladder_role_set_reports_to (self->role,
                              gtk_editable_get_text (GTK_EDITABLE (self->reports_to_row)));
}

/* The choices of "extends": none, then the other roles by title. Rebuilt
 * only when the titles really changed, as the family changes with every
 * key typed. */
void
_ladder_role_editor_update_extends (LadderRoleEditor *self)
{
  g_autoptr (GPtrArray) titles = NULL;
  const char         *extends;
  guint               n_choices;
  gboolean            same;
  guint               selected = 0;
  GtkEntryCompletion *completion;

  /* Without a role the editor is hidden: the choices are made when a role
   * is shown, not for every family opened (thousands of titles). */
  if (self->role == NULL)
    return;

  titles = other_titles (self);
  extends = ladder_role_get_extends (self->role);
  n_choices = g_list_model_get_n_items (G_LIST_MODEL (self->extends_choices));
  same = n_choices == titles->len + 1;

  for (guint i = 0; same && i < titles->len; i++)
    same = g_str_equal (gtk_string_list_get_string (self->extends_choices, i + 1),
                        g_ptr_array_index (titles, i));

  self->updating = TRUE;

  if (!same)
    {
      g_ptr_array_add (titles, NULL);
      gtk_string_list_splice (self->extends_choices, 1, n_choices - 1,
                              (const char *const *) titles->pdata);
      g_ptr_array_remove_index (titles, titles->len - 1);

      /* Refilled away from the completion, which would otherwise filter
       * the list anew for each title added (thousands in a large family). */
      completion = gtk_entry_get_completion (ladder_entry_row_get_entry (self->reports_to_row));
      gtk_entry_completion_set_model (completion, NULL);
      gtk_list_store_clear (self->completion_model);
      for (guint i = 0; i < titles->len; i++)
        gtk_list_store_insert_with_values (self->completion_model, NULL, -1, 0,
                                           g_ptr_array_index (titles, i), -1);
      gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->completion_model));
    }

  for (guint i = 0; i < titles->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (titles, i), extends) == 0)
      selected = i + 1;

  adw_combo_row_set_selected (self->extends_row, selected);
  self->updating = FALSE;
}

static void
on_extends_selected (LadderRoleEditor *self)
{
  guint selected;

  if (self->updating || self->role == NULL)
    return;

  selected = adw_combo_row_get_selected (self->extends_row);
  ladder_role_set_extends (self->role,
                           selected == 0 || selected == GTK_INVALID_LIST_POSITION
                               ? ""
                               : gtk_string_list_get_string (self->extends_choices, selected));
}

/* The choices of "extends" are whole titles, wrapped rather than cut, and
 * each one is named for screen readers. */
static void
on_choice_setup (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (item, label);
}

static void
on_choice_bind (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget  *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget  *item_widget = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* GTK 4.8 has no accessible label for a list item: its widget gets it. */
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    text, -1);
}

static GtkWidget *
create_subsection_row (gpointer item, gpointer user_data)
{
  return ladder_section_row_new (item, _ ("Text"), NULL);
}

static void
update_subsections (LadderRoleEditor *self)
{
  GListModel *subsections = self->role != NULL ? ladder_role_get_subsections (self->role) : NULL;

  gtk_list_box_bind_model (self->subsections_list, subsections,
                           subsections != NULL ? create_subsection_row : NULL, self, NULL);
  gtk_widget_set_visible (self->subsections_group,
                          subsections != NULL && g_list_model_get_n_items (subsections) > 0);
}

static void
on_role_notify (LadderRoleEditor *self, GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "job-grade"))
    update_grade (self);
  else if (g_str_equal (pspec->name, "reports-to"))
    update_reports_to (self);
  else if (g_str_equal (pspec->name, "reports-to-link"))
    update_link (self);
  else if (g_str_equal (pspec->name, "extends"))
    _ladder_role_editor_update_extends (self);
}

/* The role's fields follow what it says. */
void
_ladder_role_editor_update_fields (LadderRoleEditor *self)
{
  update_grade (self);
  update_reports_to (self);
  update_link (self);
  _ladder_role_editor_update_extends (self);
  update_subsections (self);
}

void
_ladder_role_editor_init_fields (LadderRoleEditor *self)
{
  GtkEntryCompletion *completion;

  g_signal_group_connect_swapped (self->role_signals, "notify", G_CALLBACK (on_role_notify), self);

  self->extends_choices = gtk_string_list_new (NULL);
  /* TRANSLATORS: the choice of "Extends" for a role that extends no other role */
  gtk_string_list_append (self->extends_choices, C_ ("extends", "None"));
  adw_combo_row_set_model (self->extends_row, G_LIST_MODEL (self->extends_choices));
  g_object_unref (self->extends_choices);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    GtkExpression      *expression
        = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind), NULL);
    adw_combo_row_set_list_factory (self->extends_row, factory);
    adw_combo_row_set_expression (self->extends_row, expression);
    g_object_unref (factory);
    gtk_expression_unref (expression);
  }

  /* Wide enough for the words that stand for no grade. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->grade_spin),
                                MAX (3, (int) g_utf8_strlen (_ ("No grade"), -1)));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (self->title_row),
                                  _ ("The role’s title, as the page will show it"));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (self->reports_to_row),
                                  _ ("Manager’s role"));

  /* The other roles' titles are suggested in a list (shown only while the
   * field has the focus), and the field changes only when one is picked:
   * an inline completion would write the rest of a title into the role as
   * soon as its beginning is shown or typed. */
  self->completion_model = gtk_list_store_new (1, G_TYPE_STRING);
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->completion_model));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, FALSE);
  gtk_entry_set_completion (ladder_entry_row_get_entry (self->reports_to_row), completion);
  g_object_unref (completion);

  g_signal_connect_swapped (self->grade_spin, "value-changed", G_CALLBACK (on_grade_changed), self);
  g_signal_connect (self->grade_spin, "output", G_CALLBACK (on_grade_output), NULL);
  g_signal_connect (self->grade_spin, "input", G_CALLBACK (on_grade_input), NULL);
  g_signal_connect_swapped (self->reports_to_row, "changed", G_CALLBACK (on_reports_to_changed),
                            self);
  g_signal_connect_swapped (self->reports_to_link_row, "changed", G_CALLBACK (on_link_changed),
                            self);
  g_signal_connect_swapped (self->extends_row, "notify::selected", G_CALLBACK (on_extends_selected),
                            self);
}
