/* ladder-checks-panel.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-checks-panel.h"
#include "ladder-problem-count.h"
#include "ladder-tooltip.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/*
 * The handbook checks of the open family: one row per problem (its
 * severity, message and place), each activating to show its field, with a
 * button for the quick fix where there is one. The panel shows what a
 * LadderLintRunner found and acts on nothing itself: the window jumps and
 * fixes, through the panel's signals.
 */
struct _LadderChecksPanel
{
  GtkWidget parent_instance;

  GtkWidget  *box;
  GtkLabel   *summary_label;
  GtkStack   *stack;
  GtkListBox *list_box;

  LadderLintRunner *runner;
  GSignalGroup     *runner_signals;
};

G_DEFINE_FINAL_TYPE (LadderChecksPanel, ladder_checks_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_RUNNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  PROBLEM_ACTIVATED,
  FIX_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ROW_PROBLEM "ladder-problem"

static const char *
field_name (LadderFamily *family, LadderLintProblem *problem)
{
  int role = ladder_lint_problem_get_role (problem);

  switch (ladder_lint_problem_get_field (problem))
    {
    case LADDER_LINT_FIELD_PAGE:
      return role < 0 ? _ ("Page") : NULL;
    case LADDER_LINT_FIELD_FRONT_MATTER:
      return _ ("Front matter");
    case LADDER_LINT_FIELD_INTRO:
      return _ ("Introduction");
    case LADDER_LINT_FIELD_SECTION:
      {
        GListModel *sections = ladder_family_get_sections (family);
        int         index = ladder_lint_problem_get_index (problem);

        if (role < 0 && index >= 0 && (guint) index < g_list_model_get_n_items (sections))
          {
            g_autoptr (LadderSection) section = g_list_model_get_item (sections, (guint) index);
            const char *heading = ladder_section_get_heading (section);

            if (*heading != '\0')
              /* The page's own words: its reference is held by the list. */
              return heading;
          }
        return role < 0 ? _ ("Section") : _ ("Other subsections");
      }
    case LADDER_LINT_FIELD_TITLE:
      return _ ("Title");
    case LADDER_LINT_FIELD_REPORTS_TO:
      return _ ("Reports to");
    case LADDER_LINT_FIELD_GRADE:
      return _ ("Job grade");
    case LADDER_LINT_FIELD_EXTENDS:
      return _ ("Extends");
    case LADDER_LINT_FIELD_RESPONSIBILITIES:
      return _ ("Responsibilities");
    case LADDER_LINT_FIELD_REQUIREMENTS:
      return _ ("Requirements");
    case LADDER_LINT_FIELD_ROLE_TEXT:
      return _ ("Text");
    default:
      return NULL;
    }
}

char *
ladder_checks_describe_place (LadderFamily *family, LadderLintProblem *problem)
{
  GString        *place = g_string_new (NULL);
  int             role = ladder_lint_problem_get_role (problem);
  LadderLintField field = ladder_lint_problem_get_field (problem);
  int             index = ladder_lint_problem_get_index (problem);
  const char     *name;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (problem), NULL);

  if (role >= 0)
    {
      g_autoptr (LadderRole) item
          = g_list_model_get_item (ladder_family_get_roles (family), (guint) role);
      const char *title = item != NULL ? ladder_role_get_title (item) : "";

      g_string_append (place, *title != '\0' ? title : _ ("Untitled role"));
    }
  else
    {
      g_string_append (place, _ ("Job family"));
    }

  name = field_name (family, problem);
  if (name != NULL)
    /* TRANSLATORS: the separator of a place, as in "Senior Manager › Requirements" */
    g_string_append_printf (place, _ (" › %s"), name);

  if (index >= 0
      && (field == LADDER_LINT_FIELD_RESPONSIBILITIES || field == LADDER_LINT_FIELD_REQUIREMENTS))
    /* TRANSLATORS: a bullet by its number in a list, as in "Requirements › 3" */
    g_string_append_printf (place, _ (" › %d"), index + 1);

  if (ladder_lint_problem_get_line (problem) > 0)
    /* TRANSLATORS: the line of the page, after the place in the job family */
    g_string_append_printf (place, _ (", line %u"), ladder_lint_problem_get_line (problem));

  return g_string_free (place, FALSE);
}

static void
on_fix_clicked (GtkButton *button, LadderChecksPanel *self)
{
  GtkWidget         *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  LadderLintProblem *problem = g_object_get_data (G_OBJECT (row), ROW_PROBLEM);

  if (problem != NULL)
    g_signal_emit (self, signals[FIX_ACTIVATED], 0, problem);
}

static GtkWidget *
create_row (gpointer item, gpointer user_data)
{
  LadderChecksPanel *self = user_data;
  LadderLintProblem *problem = item;
  LadderFamily      *family = ladder_lint_runner_get_family (self->runner);
  gboolean           error = ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR;
  GtkWidget         *row = adw_action_row_new ();
  GtkWidget         *icon
      = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  g_autofree char *place
      = family != NULL ? ladder_checks_describe_place (family, problem) : g_strdup ("");
  g_autofree char *subtitle = NULL;
  const char      *fix_label = ladder_lint_problem_get_fix_label (problem);

  g_object_set_data_full (G_OBJECT (row), ROW_PROBLEM, g_object_ref (problem), g_object_unref);

  /* Messages quote the page ("“R&D”"): text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ladder_lint_problem_get_message (problem));
  /* TRANSLATORS: a problem's place, then its rule, as in "Analyst › Requirements ·
   * ability-to-use-gitlab" */
  subtitle = g_strdup_printf (_ ("%s · %s"), place, ladder_lint_problem_get_rule_id (problem));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _ ("Error") : _ ("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (fix_label != NULL)
    {
      GtkWidget *fix = gtk_button_new_with_mnemonic (_ ("_Fix"));

      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      ladder_tooltip_set_text (fix, fix_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (fix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fix_label, -1);
      g_signal_connect (fix, "clicked", G_CALLBACK (on_fix_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
    }

  return row;
}

static void
on_row_activated (LadderChecksPanel *self, GtkListBoxRow *row)
{
  LadderLintProblem *problem = g_object_get_data (G_OBJECT (row), ROW_PROBLEM);

  if (problem != NULL)
    g_signal_emit (self, signals[PROBLEM_ACTIVATED], 0, problem);
}

static void
update_summary (LadderChecksPanel *self)
{
  GListModel *problems
      = self->runner != NULL ? ladder_lint_runner_get_problems (self->runner) : NULL;
  guint       n_items = problems != NULL ? g_list_model_get_n_items (problems) : 0;
  gboolean    current = self->runner != NULL && ladder_lint_runner_get_current (self->runner);
  const char *settings_error
      = self->runner != NULL ? ladder_lint_runner_get_settings_error (self->runner) : NULL;
  g_autoptr (GString) summary = g_string_new (NULL);

  if (self->runner == NULL || ladder_lint_runner_get_family (self->runner) == NULL)
    ;
  else if (!current && n_items == 0)
    g_string_append (summary, _ ("Checking…"));
  else
    {
      guint            n_errors = ladder_lint_runner_get_n_errors (self->runner);
      guint            n_warnings = ladder_lint_runner_get_n_warnings (self->runner);
      g_autofree char *count = ladder_problem_count_text (n_errors, n_warnings);

      /* Nothing found: the panel's empty page says so. */
      if (n_errors + n_warnings > 0)
        g_string_append (summary, count);
    }

  if (settings_error != NULL)
    {
      if (summary->len > 0)
        g_string_append_c (summary, '\n');
      /* TRANSLATORS: %s says why the .ladder.json settings could not be read */
      g_string_append_printf (summary, _ ("Settings not applied: %s"), settings_error);
    }

  gtk_label_set_label (self->summary_label, summary->str);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary->len > 0);

  /* Before the first check nothing is known: no "No Problems" yet. */
  gtk_stack_set_visible_child_name (self->stack, n_items == 0 && current ? "empty" : "list");
}

/* Rows are made only while the panel is on show: a closed panel costs
 * nothing when the problems change, a pause after each edit. */
static void
rebind (LadderChecksPanel *self)
{
  if (self->runner != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_list_box_bind_model (self->list_box, ladder_lint_runner_get_problems (self->runner),
                             create_row, self, NULL);
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
}

static void
ladder_checks_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ladder_checks_panel_parent_class)->map (widget);
  rebind (LADDER_CHECKS_PANEL (widget));
}

static void
ladder_checks_panel_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ladder_checks_panel_parent_class)->unmap (widget);
  rebind (LADDER_CHECKS_PANEL (widget));
}

static void
ladder_checks_panel_dispose (GObject *object)
{
  LadderChecksPanel *self = (LadderChecksPanel *) object;

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->runner_signals);
  g_clear_object (&self->runner);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_CHECKS_PANEL);

  G_OBJECT_CLASS (ladder_checks_panel_parent_class)->dispose (object);
}

static void
ladder_checks_panel_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderChecksPanel *self = LADDER_CHECKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_RUNNER:
      g_value_set_object (value, self->runner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_checks_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadderChecksPanel *self = LADDER_CHECKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_RUNNER:
      ladder_checks_panel_set_runner (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_checks_panel_class_init (LadderChecksPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_checks_panel_dispose;
  object_class->get_property = ladder_checks_panel_get_property;
  object_class->set_property = ladder_checks_panel_set_property;
  widget_class->map = ladder_checks_panel_map;
  widget_class->unmap = ladder_checks_panel_unmap;

  properties[PROP_RUNNER] = g_param_spec_object (
      "runner", NULL, NULL, LADDER_TYPE_LINT_RUNNER,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderChecksPanel::problem-activated:
   * @problem: the LadderLintProblem
   *
   * A problem's row was activated: its field is wanted.
   */
  signals[PROBLEM_ACTIVATED]
      = g_signal_new ("problem-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 1, LADDER_TYPE_LINT_PROBLEM);

  /**
   * LadderChecksPanel::fix-activated:
   * @problem: the LadderLintProblem
   *
   * The quick fix of a problem was asked for.
   */
  signals[FIX_ACTIVATED]
      = g_signal_new ("fix-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 1, LADDER_TYPE_LINT_PROBLEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderChecksPanel, box);
  gtk_widget_class_bind_template_child (widget_class, LadderChecksPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LadderChecksPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderChecksPanel, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkspanel");
}

static void
ladder_checks_panel_init (LadderChecksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->runner_signals = g_signal_group_new (LADDER_TYPE_LINT_RUNNER);
  g_signal_group_connect_swapped (self->runner_signals, "notify::current",
                                  G_CALLBACK (update_summary), self);
  g_signal_group_connect_swapped (self->runner_signals, "notify::n-errors",
                                  G_CALLBACK (update_summary), self);
  g_signal_group_connect_swapped (self->runner_signals, "notify::n-warnings",
                                  G_CALLBACK (update_summary), self);
  g_signal_group_connect_swapped (self->runner_signals, "notify::settings-error",
                                  G_CALLBACK (update_summary), self);
  g_signal_group_connect_swapped (self->runner_signals, "notify::family",
                                  G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (on_row_activated), self);

  update_summary (self);
}

GtkWidget *
ladder_checks_panel_new (void)
{
  return g_object_new (LADDER_TYPE_CHECKS_PANEL, NULL);
}

LadderLintRunner *
ladder_checks_panel_get_runner (LadderChecksPanel *self)
{
  g_return_val_if_fail (LADDER_IS_CHECKS_PANEL (self), NULL);

  return self->runner;
}

void
ladder_checks_panel_set_runner (LadderChecksPanel *self, LadderLintRunner *runner)
{
  g_return_if_fail (LADDER_IS_CHECKS_PANEL (self));
  g_return_if_fail (runner == NULL || LADDER_IS_LINT_RUNNER (runner));

  if (!g_set_object (&self->runner, runner))
    return;

  g_signal_group_set_target (self->runner_signals, runner);
  rebind (self);
  update_summary (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNER]);
}

GtkWidget *
ladder_checks_panel_get_row (LadderChecksPanel *self, guint position)
{
  g_return_val_if_fail (LADDER_IS_CHECKS_PANEL (self), NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, (int) position));
}
