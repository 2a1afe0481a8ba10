/* ladder-window-checks.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"
#include "ladder-problem-count.h"
#include "ladder-scroll.h"
#include "ladder-tooltip.h"

#include <glib/gi18n.h>

/*
 * The window's handbook checks: a LadderLintRunner follows the document's
 * family (checked a pause after the last change, off the main thread), the
 * header's toggle shows how many problems it found and opens the checks
 * panel, a problem's row shows its field, and a quick fix is one step of
 * the history. The forms mark their fields from the same problems.
 */

static void
update_count (LadderWindow *self)
{
  guint            n_errors = ladder_lint_runner_get_n_errors (self->lint_runner);
  guint            n_warnings = ladder_lint_runner_get_n_warnings (self->lint_runner);
  g_autofree char *count = g_strdup_printf ("%u", n_errors + n_warnings);
  g_autofree char *found = NULL;
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (self->checks_label, count);
  gtk_image_set_from_icon_name (self->checks_icon, n_errors > 0     ? "dialog-error-symbolic"
                                                   : n_warnings > 0 ? "dialog-warning-symbolic"
                                                                    : "emblem-ok-symbolic");

  found = ladder_problem_count_text (n_errors, n_warnings);
  /* TRANSLATORS: the checks button's tooltip; %s is what they found, "2 errors, 5 warnings" */
  tooltip = g_strdup_printf (_ ("Handbook checks: %s"), found);
  ladder_tooltip_set_text (GTK_WIDGET (self->checks_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checks_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

/* The settings are looked for beside the file the family was read from or
 * is saved to, or beside its page. */
void
_ladder_window_checks_follow (LadderWindow *self)
{
  GFile *file;

  if (self->lint_runner == NULL || self->document == NULL)
    return;

  file = ladder_document_get_file (self->document);
  if (file == NULL)
    file = ladder_document_get_export_file (self->document);

  ladder_lint_runner_set_family (self->lint_runner, family (self));
  ladder_lint_runner_set_path (self->lint_runner, file != NULL ? g_file_peek_path (file) : NULL);
}

LadderLintRunner *
ladder_window_get_lint_runner (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->lint_runner;
}

void
ladder_window_show_problem (LadderWindow *self, LadderLintProblem *problem)
{
  int role;

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (LADDER_IS_LINT_PROBLEM (problem));

  /* Where the panel lies over the form (a narrow window), it makes way
   * for the field it points to. The window folded says so before the
   * panel has been laid out again. */
  if (adw_flap_get_folded (self->checks_flap) || adw_leaflet_get_folded (self->leaflet))
    gtk_toggle_button_set_active (self->checks_button, FALSE);

  role = ladder_lint_problem_get_role (problem);
  if (role >= 0
      && (guint) role < g_list_model_get_n_items (ladder_family_get_roles (family (self))))
    {
      ladder_window_select_role (self, (guint) role);
      ladder_role_editor_show_problem (_ladder_window_role_editor (self), problem);
    }
  else
    {
      ladder_window_show_family (self);
      ladder_family_editor_show_problem (self->family_editor, problem);
    }

  /* The form has just been shown for the role, or its rows made: the
   * field is where it was last laid out, not where it is painted. */
  ladder_scroll_into_sight (gtk_root_get_focus (GTK_ROOT (self)));
}

gboolean
ladder_window_fix_problem (LadderWindow *self, LadderLintProblem *problem)
{
  g_autoptr (GError) error = NULL;
  gboolean fixed;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (LADDER_IS_LINT_PROBLEM (problem), FALSE);

  /* One step of its own: not merged with the typing before it or after. */
  ladder_history_seal (history (self));
  ladder_history_begin_group (history (self));
  fixed = ladder_lint_problem_apply_fix (problem, family (self), &error);
  ladder_history_end_group (history (self));
  ladder_history_seal (history (self));

  if (!fixed)
    {
      ladder_window_show_toast (self, error->message);
      return FALSE;
    }

  /* Nothing is being typed: the fixed problem goes at once. */
  ladder_lint_runner_run_now (self->lint_runner);
  return TRUE;
}

static void
on_problem_activated (LadderWindow *self, LadderLintProblem *problem)
{
  ladder_window_show_problem (self, problem);
}

static void
on_fix_activated (LadderWindow *self, LadderLintProblem *problem)
{
  ladder_window_fix_problem (self, problem);
}

static void
on_toggle_checks (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  gtk_toggle_button_set_active (self->checks_button,
                                !gtk_toggle_button_get_active (self->checks_button));
}

void
_ladder_window_class_checks_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.toggle-checks", NULL, on_toggle_checks);
}

/* The panel is shown only while it is revealed or sliding: out of sight, it
 * is neither measured with the window nor in the accessibility tree. */
static void
sync_panel_shown (LadderWindow *self)
{
  AdwFlap *flap = self->checks_flap;

  gtk_widget_set_visible (GTK_WIDGET (self->checks_panel),
                          adw_flap_get_reveal_flap (flap)
                              || adw_flap_get_reveal_progress (flap) > 0);
}

void
_ladder_window_checks_init (LadderWindow *self)
{
  GListModel *problems;

  self->lint_runner = ladder_lint_runner_new ();
  problems = ladder_lint_runner_get_problems (self->lint_runner);
  g_signal_connect_object (self->lint_runner, "notify::n-errors", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lint_runner, "notify::n-warnings", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  ladder_checks_panel_set_runner (self->checks_panel, self->lint_runner);
  g_signal_connect_swapped (self->checks_panel, "problem-activated",
                            G_CALLBACK (on_problem_activated), self);
  g_signal_connect_swapped (self->checks_panel, "fix-activated", G_CALLBACK (on_fix_activated),
                            self);

  if (self->role_editor != NULL)
    ladder_role_editor_set_problems (self->role_editor, problems);
  ladder_family_editor_set_problems (self->family_editor, problems);

  g_signal_connect_object (self->checks_flap, "notify::reveal-flap", G_CALLBACK (sync_panel_shown),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checks_flap, "notify::reveal-progress",
                           G_CALLBACK (sync_panel_shown), self, G_CONNECT_SWAPPED);
  sync_panel_shown (self);

  update_count (self);
}

void
_ladder_window_checks_dispose (LadderWindow *self)
{
  if (self->lint_runner != NULL)
    {
      /* A check still running is cancelled, and its end touches nothing. */
      ladder_lint_runner_set_family (self->lint_runner, NULL);
      g_signal_handlers_disconnect_by_data (self->lint_runner, self);
    }
  if (self->checks_panel != NULL)
    ladder_checks_panel_set_runner (self->checks_panel, NULL);
  if (self->role_editor != NULL)
    ladder_role_editor_set_problems (self->role_editor, NULL);
  if (self->family_editor != NULL)
    ladder_family_editor_set_problems (self->family_editor, NULL);
  g_clear_object (&self->lint_runner);
}
