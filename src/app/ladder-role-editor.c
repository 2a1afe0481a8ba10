/* ladder-role-editor.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-editor.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ladder-bullet-editor.h"
#include "ladder-entry-row.h"
#include "ladder-link.h"
#include "ladder-section-row.h"

/*
 * The form for one role. Its fields follow the role through one binding
 * group, so showing another role is one call; the grade, the manager and
 * "extends" need a little translation between widget and model and follow
 * the role's notifications.
 */
struct _LadderRoleEditor
{
  GtkWidget           parent_instance;

  GtkWidget          *page;
  AdwPreferencesGroup *role_group;
  AdwPreferencesGroup *responsibilities_group;
  AdwPreferencesGroup *requirements_group;
  GtkWidget          *grade_row;
  LadderEntryRow     *title_row;
  LadderEntryRow     *reports_to_row;
  LadderEntryRow     *reports_to_link_row;
  GtkSpinButton      *grade_spin;
  AdwComboRow        *extends_row;
  LadderBulletEditor *responsibilities;
  LadderBulletEditor *requirements;
  GtkWidget          *subsections_group;
  GtkListBox         *subsections_list;

  LadderRole         *role;
  LadderFamily       *family;
  LadderHistory      *history;
  GBindingGroup      *bindings;
  GSignalGroup       *role_signals;
  GSignalGroup       *family_signals;
  GtkStringList      *extends_choices;
  GtkListStore       *completion_model;
  gboolean            updating;
  GListModel         *problems;
};

G_DEFINE_FINAL_TYPE (LadderRoleEditor, ladder_role_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_FAMILY,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The titles of the family's other roles, for "extends" and "reports to". */
static GPtrArray *
other_titles (LadderRoleEditor *self)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  GListModel *roles;
  guint n_roles;

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
  int grade = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = grade < 0 ? g_strdup (_("No grade")) : g_strdup_printf ("%d", grade);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Typed: a number is a grade; anything else (the words "No grade", an
 * empty field) is none. */
static int
on_grade_input (GtkSpinButton *spin,
                double        *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  guint64 grade;

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
  gboolean allowed = ladder_link_is_allowed (link);

  if (allowed)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reports_to_link_row), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reports_to_link_row), _("Manager’s _link"));
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reports_to_link_row), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reports_to_link_row),
                                     _("Not allowed: use an https, http or mailto link, or a handbook path"));
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

  ladder_role_set_reports_to (self->role, gtk_editable_get_text (GTK_EDITABLE (self->reports_to_row)));
}

/* The choices of "extends": none, then the other roles by title. Rebuilt
 * only when the titles really changed, as the family changes with every
 * key typed. */
static void
update_extends (LadderRoleEditor *self)
{
  g_autoptr (GPtrArray) titles = NULL;
  const char *extends;
  guint n_choices;
  gboolean same;
  guint selected = 0;
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
                              (const char * const *) titles->pdata);
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
                           ? "" : gtk_string_list_get_string (self->extends_choices, selected));
}

/* The choices of "extends" are whole titles, wrapped rather than cut, and
 * each one is named for screen readers. */
static void
on_choice_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (item, label);
}

static void
on_choice_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *item_widget = gtk_widget_get_parent (label);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* GTK 4.8 has no accessible label for a list item: its widget gets it. */
  if (item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static GtkWidget *
create_subsection_row (gpointer item,
                       gpointer user_data)
{
  return ladder_section_row_new (item, _("Text"), NULL);
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
on_role_notify (LadderRoleEditor *self,
                GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "job-grade"))
    update_grade (self);
  else if (g_str_equal (pspec->name, "reports-to"))
    update_reports_to (self);
  else if (g_str_equal (pspec->name, "reports-to-link"))
    update_link (self);
  else if (g_str_equal (pspec->name, "extends"))
    update_extends (self);
}

/* ------------------------------------------------------------------ */
/* The handbook checks' marks                                           */

typedef struct
{
  LadderLintSeverity worst;
  GString           *messages;
} Mark;

static void
mark_add (Mark              *mark,
          LadderLintProblem *problem)
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
mark_widget (GtkWidget *widget,
             Mark      *mark)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (mark->worst == LADDER_LINT_ERROR)
    gtk_widget_add_css_class (widget, "error");
  else if (mark->worst == LADDER_LINT_WARNING)
    gtk_widget_add_css_class (widget, "warning");
  /* Without a problem, the field's own tooltip (the Extends row says what
   * it is for) comes back. */
  gtk_widget_set_tooltip_text (widget, mark->messages->len > 0 ? mark->messages->str
                                                               : g_object_get_data (G_OBJECT (widget), BASE_TOOLTIP));
}

/* What is about a group as a whole (a list that lacks "Ability to use
 * GitLab") is said under its title. */
static void
mark_group (AdwPreferencesGroup *group,
            Mark                *mark)
{
  /* A group's description is Pango markup; the messages quote the page. */
  g_autofree char *escaped = g_markup_escape_text (mark->messages->str, -1);

  adw_preferences_group_set_description (group, mark->messages->len > 0 ? escaped : NULL);
}

enum {
  MARK_TITLE,
  MARK_REPORTS_TO,
  MARK_GRADE,
  MARK_EXTENDS,
  MARK_ROLE,
  MARK_RESPONSIBILITIES,
  MARK_REQUIREMENTS,
  N_MARKS
};

static void
update_marks (LadderRoleEditor *self)
{
  Mark marks[N_MARKS];
  g_autoptr (GPtrArray) responsibilities = g_ptr_array_new ();
  g_autoptr (GPtrArray) requirements = g_ptr_array_new ();
  guint position = 0;
  gboolean found = self->role != NULL && self->family != NULL && self->problems != NULL
                   && g_list_store_find (G_LIST_STORE (ladder_family_get_roles (self->family)), self->role, &position);
  guint n_problems = found ? g_list_model_get_n_items (self->problems) : 0;

  for (guint i = 0; i < N_MARKS; i++)
    marks[i] = (Mark) { LADDER_LINT_OFF, g_string_new (NULL) };

  for (guint i = 0; i < n_problems; i++)
    {
      LadderLintProblem *problem = g_list_model_get_item (self->problems, i);
      gboolean whole_list = ladder_lint_problem_get_index (problem) < 0;

      /* Held by the problems until they change, which redoes the marks. */
      g_object_unref (problem);
      if (ladder_lint_problem_get_role (problem) != (int) position)
        continue;

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
        default:
          mark_add (&marks[MARK_ROLE], problem);
          break;
        }
    }

  mark_widget (GTK_WIDGET (self->title_row), &marks[MARK_TITLE]);
  mark_widget (GTK_WIDGET (self->reports_to_row), &marks[MARK_REPORTS_TO]);
  mark_widget (self->grade_row, &marks[MARK_GRADE]);
  mark_widget (GTK_WIDGET (self->extends_row), &marks[MARK_EXTENDS]);
  mark_group (self->role_group, &marks[MARK_ROLE]);
  mark_group (self->responsibilities_group, &marks[MARK_RESPONSIBILITIES]);
  mark_group (self->requirements_group, &marks[MARK_REQUIREMENTS]);
  ladder_bullet_editor_set_problems (self->responsibilities, responsibilities);
  ladder_bullet_editor_set_problems (self->requirements, requirements);

  for (guint i = 0; i < N_MARKS; i++)
    g_string_free (marks[i].messages, TRUE);
}

void
ladder_role_editor_set_problems (LadderRoleEditor *self,
                                 GListModel       *problems)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (problems == NULL || G_IS_LIST_MODEL (problems));

  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_func (self->problems, update_marks, self);
  g_set_object (&self->problems, problems);
  if (problems != NULL)
    g_signal_connect_swapped (problems, "items-changed", G_CALLBACK (update_marks), self);
  update_marks (self);
}

void
ladder_role_editor_show_problem (LadderRoleEditor  *self,
                                 LadderLintProblem *problem)
{
  LadderBulletEditor *bullets = NULL;
  int index;

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
    case LADDER_LINT_FIELD_SECTION:
    case LADDER_LINT_FIELD_ROLE_TEXT:
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
      && ladder_bullet_editor_focus_bullet (bullets, (guint) index, ladder_lint_problem_get_field_offset (problem),
                                            ladder_lint_problem_get_field_length (problem)))
    return;

  /* A list as a whole: its first bullet, or its Add button. */
  if (bullets != NULL && gtk_widget_child_focus (GTK_WIDGET (bullets), GTK_DIR_TAB_FORWARD))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
ladder_role_editor_dispose (GObject *object)
{
  LadderRoleEditor *self = (LadderRoleEditor *) object;

  if (self->subsections_list != NULL)
    gtk_list_box_bind_model (self->subsections_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->role_signals);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->role);
  g_clear_object (&self->family);
  g_clear_object (&self->history);
  g_clear_object (&self->completion_model);
  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_func (self->problems, update_marks, self);
  g_clear_object (&self->problems);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_ROLE_EDITOR);

  G_OBJECT_CLASS (ladder_role_editor_parent_class)->dispose (object);
}

static void
ladder_role_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadderRoleEditor *self = LADDER_ROLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderRoleEditor *self = LADDER_ROLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_role_editor_set_role (self, g_value_get_object (value));
      break;

    case PROP_FAMILY:
      ladder_role_editor_set_family (self, g_value_get_object (value));
      break;

    case PROP_HISTORY:
      ladder_role_editor_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_editor_class_init (LadderRoleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_role_editor_dispose;
  object_class->get_property = ladder_role_editor_get_property;
  object_class->set_property = ladder_role_editor_set_property;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL,
                         LADDER_TYPE_ROLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL,
                         LADDER_TYPE_FAMILY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The document's history, for the edits of its bullet lists that make
   * one step of several changes. */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         LADDER_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_BULLET_EDITOR);
  g_type_ensure (LADDER_TYPE_ENTRY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-role-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, page);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, role_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, responsibilities_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, reports_to_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, grade_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, reports_to_link_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, grade_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, extends_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, responsibilities);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, subsections_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, subsections_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_role_editor_init (LadderRoleEditor *self)
{
  GtkEntryCompletion *completion;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_set_data_full (G_OBJECT (self->extends_row), BASE_TOOLTIP,
                          g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (self->extends_row))), g_free);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->role_signals = g_signal_group_new (LADDER_TYPE_ROLE);
  g_signal_group_connect_swapped (self->role_signals, "notify", G_CALLBACK (on_role_notify), self);

  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed", G_CALLBACK (update_extends), self);

  self->extends_choices = gtk_string_list_new (NULL);
  /* TRANSLATORS: the choice of "Extends" for a role that extends no other role */
  gtk_string_list_append (self->extends_choices, C_("extends", "None"));
  adw_combo_row_set_model (self->extends_row, G_LIST_MODEL (self->extends_choices));
  g_object_unref (self->extends_choices);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind), NULL);
    adw_combo_row_set_list_factory (self->extends_row, factory);
    adw_combo_row_set_expression (self->extends_row, expression);
    g_object_unref (factory);
    gtk_expression_unref (expression);
  }

  /* Wide enough for the words that stand for no grade. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->grade_spin), MAX (3, (int) g_utf8_strlen (_("No grade"), -1)));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (self->title_row),
                                  _("The role’s title, as the page will show it"));
  gtk_entry_set_placeholder_text (ladder_entry_row_get_entry (self->reports_to_row),
                                  _("Manager’s role"));

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
  g_signal_connect_swapped (self->reports_to_row, "changed", G_CALLBACK (on_reports_to_changed), self);
  g_signal_connect_swapped (self->reports_to_link_row, "changed", G_CALLBACK (on_link_changed), self);
  g_signal_connect_swapped (self->extends_row, "notify::selected", G_CALLBACK (on_extends_selected), self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
}

/* The form of another role starts at its top, its title in sight, not
 * where the last one was left. libadwaita 1.2 has no call for it: the page
 * scrolls in the first scrolled window inside it. */
static void
scroll_to_top (LadderRoleEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->page); child != NULL;
       child = gtk_widget_get_first_child (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
          return;
        }
    }
}

GtkWidget *
ladder_role_editor_new (void)
{
  return g_object_new (LADDER_TYPE_ROLE_EDITOR, NULL);
}

LadderRole *
ladder_role_editor_get_role (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->role;
}

void
ladder_role_editor_set_role (LadderRoleEditor *self,
                             LadderRole       *role)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  g_binding_group_set_source (self->bindings, role);
  g_signal_group_set_target (self->role_signals, role);
  ladder_bullet_editor_set_role (self->responsibilities, role);
  ladder_bullet_editor_set_role (self->requirements, role);
  update_grade (self);
  update_reports_to (self);
  update_link (self);
  update_extends (self);
  update_subsections (self);
  update_marks (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), role != NULL);
  scroll_to_top (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

LadderFamily *
ladder_role_editor_get_family (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->family;
}

void
ladder_role_editor_set_family (LadderRoleEditor *self,
                               LadderFamily     *family)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  g_signal_group_set_target (self->family_signals, family);
  update_extends (self);
  update_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

LadderHistory *
ladder_role_editor_get_history (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->history;
}

void
ladder_role_editor_set_history (LadderRoleEditor *self,
                                LadderHistory    *history)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (history == NULL || LADDER_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  ladder_bullet_editor_set_history (self->responsibilities, history);
  ladder_bullet_editor_set_history (self->requirements, history);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

static gboolean
is_in (GtkWidget *widget,
       gpointer   ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

/**
 * ladder_role_editor_locate:
 * @widget: a widget of the form (the focus)
 * @block: (out): what part of the role's page it edits
 *
 * Says which part of the page the field holding @widget edits (its kind,
 * list, bullet or subsection; the role is left -1), for the preview to
 * show it.
 *
 * Returns: whether @widget is in a field of the role
 */
gboolean
ladder_role_editor_locate (LadderRoleEditor *self,
                           GtkWidget        *widget,
                           LadderPageBlock  *block)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), FALSE);

  *block = (LadderPageBlock) { .role = -1, .section = -1, .bullet = -1 };

  if (is_in (widget, self->title_row))
    {
      block->kind = LADDER_PAGE_BLOCK_ROLE_HEADING;
    }
  else if (is_in (widget, self->reports_to_row) || is_in (widget, self->reports_to_link_row))
    {
      block->kind = LADDER_PAGE_BLOCK_REPORTS_TO;
    }
  else if (is_in (widget, self->grade_row))
    {
      block->kind = LADDER_PAGE_BLOCK_GRADE;
    }
  else if (is_in (widget, self->extends_row))
    {
      block->kind = LADDER_PAGE_BLOCK_EXTENDS;
      block->list = LADDER_BULLET_LIST_RESPONSIBILITIES;
    }
  else if (is_in (widget, self->responsibilities) || is_in (widget, self->requirements))
    {
      LadderBulletEditor *editor = is_in (widget, self->responsibilities) ? self->responsibilities : self->requirements;

      block->bullet = ladder_bullet_editor_locate (editor, widget);
      if (block->bullet < 0)
        return FALSE;
      block->kind = LADDER_PAGE_BLOCK_BULLET;
      block->list = (LadderBulletList) ladder_bullet_editor_get_list (editor);
    }
  else if (is_in (widget, self->subsections_list))
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

      if (row == NULL)
        return FALSE;
      block->kind = LADDER_PAGE_BLOCK_SECTION_HEADING;
      block->section = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

void
ladder_role_editor_focus_title (LadderRoleEditor *self)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * ladder_role_editor_focus_part:
 * @part: which part of the form
 * @bullet: for a list, the bullet to focus, or -1 for the list
 *
 * Moves the focus to a part of the form (the page scrolls to it), as when
 * the person goes to a change under review.
 */
void
ladder_role_editor_focus_part (LadderRoleEditor     *self,
                               LadderRoleEditorPart  part,
                               int                   bullet)
{
  LadderBulletEditor *list = NULL;
  GtkWidget *target = NULL;

  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));

  switch (part)
    {
    case LADDER_ROLE_EDITOR_PART_REPORTS_TO:
      target = GTK_WIDGET (self->reports_to_row);
      break;

    case LADDER_ROLE_EDITOR_PART_GRADE:
      target = GTK_WIDGET (self->grade_spin);
      break;

    case LADDER_ROLE_EDITOR_PART_EXTENDS:
      target = GTK_WIDGET (self->extends_row);
      break;

    case LADDER_ROLE_EDITOR_PART_RESPONSIBILITIES:
      list = self->responsibilities;
      break;

    case LADDER_ROLE_EDITOR_PART_REQUIREMENTS:
      list = self->requirements;
      break;

    case LADDER_ROLE_EDITOR_PART_SUBSECTIONS:
      target = GTK_WIDGET (self->subsections_list);
      break;

    case LADDER_ROLE_EDITOR_PART_TITLE:
    default:
      target = GTK_WIDGET (self->title_row);
      break;
    }

  if (list != NULL)
    {
      target = bullet >= 0 ? ladder_bullet_editor_get_entry (list, (guint) bullet) : NULL;
      if (target == NULL)
        target = GTK_WIDGET (list);
    }

  if (!gtk_widget_grab_focus (target))
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
}
