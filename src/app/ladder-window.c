/* ladder-window.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>

#include "ladder-a11y.h"
#include "ladder-row-labels.h"
#include "ladder-settings.h"
#include "ladder-wrap-bin.h"

G_DEFINE_FINAL_TYPE (LadderWindow, ladder_window, ADW_TYPE_APPLICATION_WINDOW)

/* A toast's title is markup: what it quotes (a title, a file name, an
 * error) is escaped. */
AdwToast *
_ladder_window_toast_new (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

void
ladder_window_show_toast (LadderWindow *self, const char *message)
{
  AdwToast *toast = _ladder_window_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* While the window shows a handbook with no family chosen, its document
 * is a blank one nobody asked for: the window is named after the
 * handbook, and what acts on a document is out of sight and out of reach
 * of the keys (Ctrl+S, Ctrl+E, …). */
static gboolean
update_choosing (LadderWindow *self)
{
  gboolean   choosing = _ladder_window_workspace_choosing (self);
  GtkWidget *saves = gtk_widget_get_ancestor (GTK_WIDGET (self->save_button), ADW_TYPE_SQUEEZER);

  static const char *const document_actions[] = {
    "win.save",     "win.save-as",        "win.export",        "win.export-as",
    "win.add-role", "win.find-role",      "win.toggle-checks", "win.toggle-preview",
    "win.reload",   "win.review-changes",
  };

  gtk_widget_set_visible (GTK_WIDGET (self->checks_button), !choosing);
  if (saves != NULL)
    gtk_widget_set_visible (saves, !choosing);
  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), document_actions[i], !choosing);
  if (choosing)
    {
      GFile           *root = ladder_workspace_get_root (ladder_window_get_workspace (self));
      g_autofree char *name = g_file_get_basename (root);

      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), name);
    }

  return choosing;
}

/* Folded, the roles are shown alone, without the form's header: theirs
 * then names the document, with its unsaved marker (@title), so that
 * what the form's header says is not out of sight (Save is beside it,
 * ladder-window.ui). Unfolded, it names the roles only. */
static void
update_sidebar_title (LadderWindow *self, const char *title)
{
  if (title != NULL && adw_leaflet_get_folded (self->leaflet))
    {
      adw_window_title_set_title (self->sidebar_title, title);
      adw_window_title_set_subtitle (self->sidebar_title, _ ("Roles"));
    }
  else
    {
      adw_window_title_set_title (self->sidebar_title, _ ("Roles"));
      adw_window_title_set_subtitle (self->sidebar_title, "");
    }
}

void
_ladder_window_update_title (LadderWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GFile           *file = ladder_document_get_file (self->document);
  g_autofree char *where = NULL;

  if (update_choosing (self))
    {
      update_sidebar_title (self, NULL);
      _ladder_window_update_save_buttons (self);
      return;
    }

  name = ladder_document_dup_title (self->document);
  /* TRANSLATORS: the window title of a document with unsaved changes */
  title = ladder_document_get_modified (self->document) ? g_strdup_printf (_ ("• %s"), name)
                                                        : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);
  update_sidebar_title (self, title);

  if (file != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (file);

      where = parent != NULL ? g_file_get_parse_name (parent) : NULL;
    }

  /* A Ladder file whose page lacks its changes says so where its place
   * is shown: the page is what gets published. */
  if (ladder_document_get_page_out_of_date (self->document))
    adw_window_title_set_subtitle (self->window_title,
                                   _ ("Page not exported since the last change"));
  else
    adw_window_title_set_subtitle (self->window_title, where != NULL ? where : _ ("Not saved yet"));

  gtk_window_set_title (GTK_WINDOW (self), title);
  _ladder_window_update_save_buttons (self);
}

void
_ladder_window_update_actions (LadderWindow *self)
{
  guint       position = 0;
  LadderRole *role = _ladder_window_selected_role (self, &position);
  guint       n_roles = g_list_model_get_n_items (ladder_family_get_roles (family (self)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 ladder_history_get_can_undo (history (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 ladder_history_get_can_redo (history (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-role", role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-role", role != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-role-up",
                                 role != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-role-down",
                                 role != NULL && position + 1 < n_roles);
}

/* The family's title is cut short where the sidebar is too narrow for it:
 * its tooltip then has all of it, as a role's row has. */
static gboolean
on_family_label_query_tooltip (GtkLabel   *label,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip,
                               gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static void
update_family_label (LadderWindow *self)
{
  const char *title = ladder_family_get_title (family (self));

  gtk_label_set_label (self->family_label, *title != '\0' ? title : _ ("Job Family"));
}

/* ------------------------------------------------------------------ */
/* The document                                                         */

/* The role's form edits the document's family, into its history. */
static void
role_editor_follow_document (LadderWindow *self)
{
  ladder_role_editor_set_family (self->role_editor, family (self));
  ladder_role_editor_set_history (self->role_editor, history (self));
}

void
_ladder_window_set_document (LadderWindow *self, LadderDocument *document)
{
  if (!g_set_object (&self->document, document))
    return;

  /* The roles deleted from the previous document cannot come back here. */
  g_hash_table_remove_all (self->deleted_roles);
  /* Nor is its file's change on disk this document's: its Reload read
   * again the document shown now, losing what was typed there. */
  if (self->disk_toast != NULL)
    adw_toast_dismiss (self->disk_toast);

  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->history_signals, history (self));
  g_signal_group_set_target (self->family_signals, family (self));

  _ladder_window_roles_set_model (self, ladder_family_get_roles (family (self)));
  ladder_family_editor_set_family (self->family_editor, family (self));
  ladder_family_editor_set_history (self->family_editor, history (self));
  if (self->role_editor != NULL)
    role_editor_follow_document (self);
  ladder_preview_set_family (self->preview, family (self));
  ladder_import_banner_set_diagnostics (self->import_banner,
                                        ladder_document_get_diagnostics (document));
  _ladder_window_checks_follow (self);

  _ladder_window_close_review (self);
  _ladder_window_update_title (self);
  update_family_label (self);
  _ladder_window_update_save_buttons (self);

  /* A document opens on the family's own page; its roles are a click away
   * in the sidebar. A new, empty one offers a start. */
  ladder_window_show_family (self);
  _ladder_window_start_update (self);
  _ladder_window_update_actions (self);
}

LadderDocument *
ladder_window_get_document (LadderWindow *self)
{
  g_return_val_if_fail (LADDER_IS_WINDOW (self), NULL);

  return self->document;
}

/* Undo and redo show what they change: the role they changed, or the
 * family's page. Out of sight, an undo changed what the person could not
 * see (an edit in another role, taken back by one Ctrl+Z too many). */
static void
on_history_applied (LadderWindow *self, GObject *where)
{
  LadderRole *shown
      = self->role_editor != NULL
                && g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "role") == 0
            ? ladder_role_editor_get_role (self->role_editor)
            : NULL;

  if (LADDER_IS_ROLE (where) && LADDER_ROLE (where) != shown)
    {
      GListModel *roles = ladder_family_get_roles (family (self));

      for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

          if (role == LADDER_ROLE (where))
            {
              ladder_window_select_role (self, i);
              break;
            }
        }
    }
  else if (LADDER_IS_FAMILY (where) && shown != NULL)
    {
      ladder_window_show_family (self);
    }
}

static void
on_undo (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  /* A grade typed and not yet taken is what the person takes back. */
  if (self->role_editor != NULL && ladder_role_editor_cancel_typing (self->role_editor))
    return;

  ladder_history_undo (history (self));
}

static void
on_redo (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  /* A grade typed and not yet taken is a change made after the step
   * undone, as typing anywhere else is: there is nothing left to redo. */
  _ladder_window_take_typing (self);
  ladder_history_redo (history (self));
}

static void
on_close_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Too narrow for the form and the preview side by side (a phone), the
 * preview takes the form's place while it is shown. Decided by the
 * window's width, which does not depend on what is shown. */
#define NARROW_WIDTH 680

static void
update_panes (LadderWindow *self)
{
  gboolean preview = gtk_widget_get_visible (GTK_WIDGET (self->preview));

  gtk_widget_set_visible (GTK_WIDGET (self->editor_stack), !(self->narrow && preview));
}

static void
on_surface_width (LadderWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  gboolean    narrow = gdk_surface_get_width (surface) < NARROW_WIDTH;

  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  update_panes (self);
}

/* ------------------------------------------------------------------ */
/* The role's form                                                      */

/* The role's form is not part of a window's first frame, which shows the
 * family's own form: it is made once that frame is shown and the window
 * has nothing else to do, or as soon as a role is to be shown, whichever
 * comes first. Made with the window, it was 3% of the example family's
 * first frame (bench/README.md). */
LadderRoleEditor *
_ladder_window_role_editor (LadderWindow *self)
{
  if (self->role_editor == NULL)
    {
      g_clear_handle_id (&self->role_editor_idle, g_source_remove);
      self->role_editor = LADDER_ROLE_EDITOR (ladder_role_editor_new ());
      /* Before GTK measures it (ladder-row-labels.c). */
      ladder_row_labels_fit (GTK_WIDGET (self->role_editor));
      ladder_wrap_bin_fit_groups (GTK_WIDGET (self->role_editor));
      if (self->document != NULL)
        role_editor_follow_document (self);
      if (self->lint_runner != NULL)
        ladder_role_editor_set_problems (self->role_editor,
                                         ladder_lint_runner_get_problems (self->lint_runner));
      gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->role_editor), "role");
    }

  return self->role_editor;
}

void
_ladder_window_take_typing (LadderWindow *self)
{
  if (self->role_editor != NULL)
    ladder_role_editor_take_typing (self->role_editor);
}

static gboolean
make_role_editor (gpointer user_data)
{
  LadderWindow *self = user_data;

  self->role_editor_idle = 0;
  _ladder_window_role_editor (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame_painted (LadderWindow *self, GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, self);
  if (self->role_editor == NULL && self->role_editor_idle == 0)
    {
      self->role_editor_idle = g_idle_add_full (G_PRIORITY_LOW, make_role_editor, self, NULL);
      g_source_set_name_by_id (self->role_editor_idle, "ladder: the role's form");
    }
}

static void
ladder_window_realize (GtkWidget *widget)
{
  LadderWindow *self = LADDER_WINDOW (widget);

  /* Before GTK measures the window to present it. */
  ladder_row_labels_fit (widget);
  ladder_wrap_bin_fit_groups (widget);

  GTK_WIDGET_CLASS (ladder_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "notify::width",
                           G_CALLBACK (on_surface_width), self, G_CONNECT_SWAPPED);
  on_surface_width (self);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_frame_painted), self, G_CONNECT_SWAPPED);
}

static void
on_toggle_preview (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  gboolean      visible = !gtk_widget_get_visible (GTK_WIDGET (self->preview));

  gtk_widget_set_visible (GTK_WIDGET (self->preview), visible);
  update_panes (self);
  if (visible)
    ladder_preview_update_now (self->preview);

  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "preview-visible", visible);
}

/* ------------------------------------------------------------------ */
/* F6 and Shift+F6: from pane to pane                                   */

typedef enum
{
  PANE_SIDEBAR,
  PANE_FORM,
  PANE_PREVIEW,
  N_PANES
} Pane;

static gboolean
pane_shown (LadderWindow *self, Pane pane)
{
  switch (pane)
    {
    case PANE_FORM:
      return gtk_widget_get_visible (GTK_WIDGET (self->editor_stack));
    case PANE_PREVIEW:
      return gtk_widget_get_visible (GTK_WIDGET (self->preview));
    case PANE_SIDEBAR:
    case N_PANES:
    default:
      return TRUE;
    }
}

static GtkWidget *
pane_widget (LadderWindow *self, Pane pane)
{
  return pane == PANE_SIDEBAR ? self->sidebar
         : pane == PANE_FORM  ? GTK_WIDGET (self->editor_stack)
                              : GTK_WIDGET (self->preview);
}

/* The sidebar's place for the focus: what the form shows (the family's row
 * or the role's), or the filter when that row is filtered out. */
static void
focus_sidebar (LadderWindow *self)
{
  if (g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "role")
      && _ladder_window_focus_shown_role (self))
    return;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "role")
      && gtk_widget_grab_focus (GTK_WIDGET (self->family_row)))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
}

static void
focus_pane (LadderWindow *self, Pane pane)
{
  GtkWidget *widget = pane_widget (self, pane);

  adw_leaflet_navigate (self->leaflet, pane == PANE_SIDEBAR ? ADW_NAVIGATION_DIRECTION_BACK
                                                            : ADW_NAVIGATION_DIRECTION_FORWARD);

  if (pane == PANE_SIDEBAR)
    focus_sidebar (self);
  else if (!gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (widget);
}

static void
on_cycle_panes (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget    *focus = gtk_root_get_focus (GTK_ROOT (self));
  int           step = g_str_equal (action_name, "win.previous-pane") ? N_PANES - 1 : 1;
  int           current = -1;

  for (Pane pane = 0; pane < N_PANES && focus != NULL; pane++)
    if (focus == pane_widget (self, pane)
        || gtk_widget_is_ancestor (focus, pane_widget (self, pane)))
      current = pane;

  /* From anywhere else (the header bar), F6 goes to the sidebar first. */
  if (current < 0)
    current = step == 1 ? N_PANES - 1 : PANE_SIDEBAR;

  for (int i = 1; i <= N_PANES; i++)
    {
      Pane next = (current + i * step) % N_PANES;

      if (pane_shown (self, next))
        {
          focus_pane (self, next);
          return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Closing                                                              */

static gboolean
close_later (gpointer user_data)
{
  g_autoptr (LadderWindow) self = user_data;

  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_close_response (AdwMessageDialog *dialog, const char *response, LadderWindow *self)
{
  /* The dialog closes itself after this; the window closes once it has. */
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      g_source_set_name_by_id (g_idle_add (close_later, g_object_ref (self)),
                               "ladder: close window");
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      _ladder_window_save (self);
    }
  else if (g_str_equal (response, "export"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.export", NULL);
    }
}

static void
save_geometry (LadderWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
ladder_window_close_request (GtkWindow *window)
{
  LadderWindow    *self = LADDER_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *page = NULL;
  GFile           *export_file;
  gboolean         modified, out_of_date;
  GtkWidget       *dialog;

  /* Closed from the keyboard with a grade typed: it is a change too. */
  if (!self->close_confirmed)
    _ladder_window_take_typing (self);

  modified = ladder_document_get_modified (self->document);
  out_of_date = ladder_document_get_page_out_of_date (self->document);

  if (self->close_confirmed || (!modified && !out_of_date))
    {
      /* Closed on purpose: whatever was not saved was not wanted. */
      ladder_document_discard_draft (self->document);
      save_geometry (self);
      return GTK_WINDOW_CLASS (ladder_window_parent_class)->close_request (window);
    }

  name = ladder_document_dup_title (self->document);
  export_file = ladder_document_get_export_file (self->document);
  page = export_file != NULL ? g_file_get_basename (export_file) : NULL;

  if (!modified)
    {
      /* Saved, but what gets published lacks it. */
      dialog = adw_message_dialog_new (window, _ ("Export the Page?"), NULL);
      adw_message_dialog_format_body (
          ADW_MESSAGE_DIALOG (dialog),
          /* TRANSLATORS: %s is the name of a handbook page */
          _ ("The page “%s” was not exported since the last change: it does not "
             "have the changes saved in the job family file."),
          page);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                        "discard", _ ("Close _Without Exporting"), "export",
                                        _ ("_Export"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  dialog = adw_message_dialog_new (window, _ ("Save Changes?"), NULL);
  if (out_of_date)
    adw_message_dialog_format_body (
        ADW_MESSAGE_DIALOG (dialog),
        /* TRANSLATORS: the first %s is the name of a document,
         * the second of the handbook page it was exported to */
        _ ("“%s” has unsaved changes. Changes that are not saved are lost. "
           "The page “%s” was not exported since the last change either."),
        name, page);
  else
    adw_message_dialog_format_body (
        ADW_MESSAGE_DIALOG (dialog),
        /* TRANSLATORS: %s is the name of a document */
        _ ("“%s” has unsaved changes. Changes that are not saved are lost."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "discard",
                                    _ ("_Discard"), "save", _ ("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ------------------------------------------------------------------ */

static void
ladder_window_dispose (GObject *object)
{
  LadderWindow *self = (LadderWindow *) object;

  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  /* The sidebar's rows go with the template: nothing asks the document
   * about them meanwhile. */
  if (self->role_list != NULL)
    g_signal_handlers_disconnect_by_data (self->role_list, self);
  _ladder_window_sidebar_dispose (self);
  _ladder_window_checks_dispose (self);
  g_clear_weak_pointer (&self->disk_toast);
  g_clear_weak_pointer (&self->review_dialog);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->loading);
  g_clear_object (&self->roles_signals);
  g_clear_pointer (&self->deleted_roles, g_hash_table_unref);
  g_clear_object (&self->settings);
  _ladder_window_workspace_dispose (self);
  g_clear_handle_id (&self->role_editor_idle, g_source_remove);
  /* The stack holds it, and goes with the template. */
  self->role_editor = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WINDOW);
  g_clear_object (&self->role_filter);

  G_OBJECT_CLASS (ladder_window_parent_class)->dispose (object);
}

static void
ladder_window_class_init (LadderWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ladder_window_dispose;
  widget_class->realize = ladder_window_realize;
  window_class->close_request = ladder_window_close_request;

  g_type_ensure (LADDER_TYPE_FAMILY_EDITOR);
  g_type_ensure (LADDER_TYPE_ROLE_EDITOR);
  g_type_ensure (LADDER_TYPE_PREVIEW);
  g_type_ensure (LADDER_TYPE_IMPORT_BANNER);
  g_type_ensure (LADDER_TYPE_CHECKS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, content);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_row);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, role_list);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, roles_stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, roles_scroller);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, save_icon_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, export_icon_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, sidebar_save_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, family_editor);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, import_banner);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, role_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, role_menu);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, checks_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, checks_icon);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, checks_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, preview_button);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, checks_flap);
  gtk_widget_class_bind_template_child (widget_class, LadderWindow, checks_panel);

  _ladder_window_class_files_init (klass);
  _ladder_window_class_save_init (klass);
  _ladder_window_class_review_init (klass);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, on_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, on_redo);
  _ladder_window_class_roles_init (klass);
  gtk_widget_class_install_action (widget_class, "win.toggle-preview", NULL, on_toggle_preview);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, on_close_action);
  _ladder_window_class_start_init (klass);

  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, on_cycle_panes);
  gtk_widget_class_install_action (widget_class, "win.previous-pane", NULL, on_cycle_panes);
  _ladder_window_class_checks_init (klass);
  _ladder_window_class_workspace_init (klass);
}

/* Keeps the family's title in the sidebar and the roles' actions current. */
static void
on_family_changed (LadderWindow *self)
{
  update_family_label (self);
  _ladder_window_roles_changed (self);
  _ladder_window_update_actions (self);
}

static void
on_folded_changed (LadderWindow *self)
{
  if (self->document != NULL)
    _ladder_window_update_title (self);
}

static void
on_back_clicked (LadderWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* GTK 4.8 reads a status page's icon as the window is first shown, whether
 * or not the page is (an SVG icon, as document-new-symbolic is, is drawn
 * four times over for its symbolic colours): 15 M instructions before the
 * first frame for these three pages, which show only for a new family,
 * one without roles or a filter that matches none. Each gets its icon as
 * it is first mapped, before the frame that lays it out. */
static void
on_status_page_map (GtkWidget *page, gpointer icon_name)
{
  g_signal_handlers_disconnect_by_func (page, on_status_page_map, icon_name);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
}

static void
set_icon_when_shown (GtkStack *stack, const char *page_name, const char *icon_name)
{
  g_signal_connect (gtk_stack_get_child_by_name (stack, page_name), "map",
                    G_CALLBACK (on_status_page_map), (gpointer) icon_name);
}

/* A menu button's popover (for the main menu, some 70 widgets) is made as
 * the menu is first opened, by a click, F10 or its accessible action,
 * rather than with the window: 15 M instructions before the first frame
 * for the main menu and the role menu. */
static void
make_menu (GtkMenuButton *button, gpointer model)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, model);
}

static void
ladder_window_init (LadderWindow *self)
{
  g_autoptr (LadderDocument) document = ladder_document_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* F6 and Shift+F6 before the widgets under the focus hear them: the
   * panes' GtkPaned takes F6 for its own, and from the form or the
   * preview the focus never reached the sidebar. */
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys), gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, 0),
                                                          gtk_named_action_new ("win.next-pane")));
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (keys),
        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                          gtk_named_action_new ("win.previous-pane")));
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }

  set_icon_when_shown (self->roles_stack, "empty", "view-list-symbolic");
  set_icon_when_shown (self->roles_stack, "no-match", "edit-find-symbolic");
  set_icon_when_shown (self->editor_stack, "start", "document-new-symbolic");
  gtk_menu_button_set_create_popup_func (self->role_menu_button, make_menu, self->role_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, make_menu, self->primary_menu,
                                         NULL);
  _ladder_window_sidebar_init (self);
  _ladder_window_roles_init (self);
  ladder_a11y_fix_buttons (GTK_WIDGET (self));
  ladder_a11y_name_split_button (self->open_button, _ ("Open"), _ ("Recent Files"));
  /* Folded to a phone's 360 px, the header bar keeps what is used while
   * editing; Open stays in the main menu. */
  g_object_bind_property (
      self->leaflet, "folded",
      gtk_widget_get_ancestor (GTK_WIDGET (self->open_button), ADW_TYPE_SQUEEZER), "visible",
      G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  /* … the handbook checks' button shows its icon, not its count (the
   * count is in its tooltip and its accessible name), and the preview is
   * in the main menu (and Ctrl+Shift+P). */
  g_object_bind_property (self->leaflet, "folded", self->checks_label, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self->leaflet, "folded", self->preview_button, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  _ladder_window_preview_init (self);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (on_back_clicked), self);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (on_folded_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self->family_label, "query-tooltip", G_CALLBACK (on_family_label_query_tooltip),
                    NULL);

  self->document_signals = g_signal_group_new (LADDER_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (_ladder_window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (_ladder_window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (_ladder_window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::page-out-of-date",
                                  G_CALLBACK (_ladder_window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::page-out-of-date",
                                  G_CALLBACK (_ladder_window_update_save_buttons), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::kind",
                                  G_CALLBACK (_ladder_window_update_save_buttons), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (_ladder_window_checks_follow), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::export-file",
                                  G_CALLBACK (_ladder_window_checks_follow), self);
  g_signal_group_connect_swapped (self->document_signals, "changed-on-disk",
                                  G_CALLBACK (_ladder_window_on_changed_on_disk), self);
  g_signal_group_connect_swapped (self->document_signals, "export-changed-on-disk",
                                  G_CALLBACK (_ladder_window_on_export_changed_on_disk), self);

  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed", G_CALLBACK (on_family_changed),
                                  self);

  self->history_signals = g_signal_group_new (LADDER_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "applied", G_CALLBACK (on_history_applied),
                                  self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-undo",
                                  G_CALLBACK (_ladder_window_update_actions), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::can-redo",
                                  G_CALLBACK (_ladder_window_update_actions), self);

  _ladder_window_files_init (self);
  /* The Open button's menu: the recent files, as in the main menu. */
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (self->recent_section));
  _ladder_window_checks_init (self);
  _ladder_window_workspace_init (self);

  self->settings = ladder_settings_new ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      gtk_widget_set_visible (GTK_WIDGET (self->preview),
                              g_settings_get_boolean (self->settings, "preview-visible"));
    }

  _ladder_window_set_document (self, document);
}

LadderWindow *
ladder_window_new (LadderApplication *application)
{
  return g_object_new (LADDER_TYPE_WINDOW, "application", application, NULL);
}
