/* ladder-window-review.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include "ladder-review-dialog.h"
#include "ladder-scroll.h"

/*
 * "Review Changes" (win.review-changes): the window's one review dialog,
 * and going to a change chosen in it: its role selected and its field
 * focused, or the family's page.
 */

static LadderRoleEditorPart
part_of (const LadderChange *change)
{
  switch (change->kind)
    {
    case LADDER_CHANGE_ROLE_RENAMED:
      return LADDER_ROLE_EDITOR_PART_TITLE;

    case LADDER_CHANGE_REPORTS_TO:
    case LADDER_CHANGE_REPORTS_TO_LINK:
      return LADDER_ROLE_EDITOR_PART_REPORTS_TO;

    case LADDER_CHANGE_GRADE:
    case LADDER_CHANGE_GRADE_LINK:
      return LADDER_ROLE_EDITOR_PART_GRADE;

    case LADDER_CHANGE_EXTENDS:
      return LADDER_ROLE_EDITOR_PART_EXTENDS;

    case LADDER_CHANGE_BULLET_ADDED:
    case LADDER_CHANGE_BULLET_EDITED:
    case LADDER_CHANGE_BULLET_MOVED:
    case LADDER_CHANGE_BULLET_REMOVED:
      return change->new_list == LADDER_BULLET_LIST_REQUIREMENTS
                 ? LADDER_ROLE_EDITOR_PART_REQUIREMENTS
                 : LADDER_ROLE_EDITOR_PART_RESPONSIBILITIES;

    case LADDER_CHANGE_SECTION_ADDED:
    case LADDER_CHANGE_SECTION_EDITED:
    case LADDER_CHANGE_SECTION_MOVED:
    case LADDER_CHANGE_SECTION_RENAMED:
    case LADDER_CHANGE_SECTION_REMOVED:
      return LADDER_ROLE_EDITOR_PART_SUBSECTIONS;

    case LADDER_CHANGE_ROLE_TEXT:
      return LADDER_ROLE_EDITOR_PART_TEXT;

    default:
      return LADDER_ROLE_EDITOR_PART_TITLE;
    }
}

/**
 * ladder_window_show_change:
 * @change: a change between a version of the window's document and the
 *   document as it is
 *
 * Shows where @change is: its role, with the changed field (or bullet)
 * focused, or the family's page for a change to the family.
 */
void
ladder_window_show_change (LadderWindow *self, const LadderChange *change)
{
  guint n_roles;

  g_return_if_fail (LADDER_IS_WINDOW (self));
  g_return_if_fail (change != NULL);

  n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));
  if (change->new_role < 0 || (guint) change->new_role >= n_roles)
    {
      ladder_window_show_family (self);
      return;
    }

  ladder_window_select_role (self, (guint) change->new_role);
  /* A removed bullet is no longer there: its list is. */
  ladder_role_editor_focus_part (_ladder_window_role_editor (self), part_of (change),
                                 change->kind == LADDER_CHANGE_BULLET_REMOVED ? -1
                                                                              : change->new_bullet);
  /* The form has just been shown for the role: the field is where it was
   * last laid out, not where it is painted. */
  ladder_scroll_into_sight (gtk_root_get_focus (GTK_ROOT (self)));
}

static void
on_change_activated (LadderReviewDialog *dialog, guint index, LadderWindow *self)
{
  GPtrArray *changes = ladder_review_dialog_get_changes (dialog);

  if (changes == NULL || index >= changes->len)
    return;

  ladder_window_show_change (self, g_ptr_array_index (changes, index));
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * ladder_window_review_changes:
 *
 * Shows the window's review dialog (one per window), comparing its
 * document as it is now.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
ladder_window_review_changes (LadderWindow *self)
{
  LadderReviewDialog *dialog;

  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  if (self->review_dialog != NULL)
    {
      /* Left open while the person was away (committing in a terminal,
       * say): what it lists is compared again. */
      ladder_review_dialog_compare_again (LADDER_REVIEW_DIALOG (self->review_dialog));
      gtk_window_present (self->review_dialog);
      return self->review_dialog;
    }

  dialog = ladder_review_dialog_new (GTK_WINDOW (self), self->document);
  g_signal_connect_object (dialog, "change-activated", G_CALLBACK (on_change_activated), self, 0);
  g_set_weak_pointer (&self->review_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* A new document (opened, reloaded) is not the one reviewed. */
void
_ladder_window_close_review (LadderWindow *self)
{
  if (self->review_dialog != NULL)
    gtk_window_destroy (self->review_dialog);
  g_clear_weak_pointer (&self->review_dialog);
}

static void
on_review_changes (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ladder_window_review_changes (LADDER_WINDOW (widget));
}

void
_ladder_window_class_review_init (LadderWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.review-changes", NULL,
                                   on_review_changes);
}
