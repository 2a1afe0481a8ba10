/* ladder-window-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-window.h"

#include "ladder-checks-panel.h"
#include "ladder-family-editor.h"
#include "ladder-import-banner.h"
#include "ladder-preview.h"
#include "ladder-role-editor.h"
#include "ladder-role-groups.h"

G_BEGIN_DECLS

/* LadderWindow's parts, sharing its instance: ladder-window.c (the type,
 * the document it follows, its title and actions, closing),
 * ladder-window-sidebar.c (the sidebar's roles, selected, filtered and
 * dragged, and what the form shows), ladder-window-roles.c (the role
 * actions: adding, duplicating, deleting, moving), ladder-window-files.c
 * (opening, recent and dropped files), ladder-window-save.c (saving, exporting, reloading, and what
 * is asked when a write cannot be done as it was), ladder-window-review.c
 * (reviewing the changes, going to one), ladder-window-checks.c (the
 * handbook checks: their count, their panel, jumping to a problem's field
 * and its quick fix), ladder-window-preview.c (the preview following what
 * is looked at), ladder-window-start.c (what a new window offers: the
 * handbook's template or an empty family) and ladder-window-workspace.c
 * (a handbook checkout in the sidebar). */

/*
 * One window per document: the roles in a sidebar, the form for the
 * selected role (or for the family) beside it, and the page preview. The
 * window follows its document; editors bind to the model directly.
 */
struct _LadderWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  /* The toast offering to reload a file changed on disk, while shown. */
  AdwToast           *disk_toast;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkSearchEntry     *filter_entry;
  GtkListBox         *family_list;
  GtkListBoxRow      *family_row;
  GtkLabel           *family_label;
  GtkListView        *role_list;
  GtkStack           *roles_stack;
  GtkScrolledWindow  *roles_scroller;
  GtkButton          *back_button;
  AdwSplitButton     *open_button;
  GtkButton          *save_button;
  GtkButton          *save_icon_button;
  GtkButton          *export_icon_button;
  GtkButton          *sidebar_save_button;
  AdwWindowTitle     *sidebar_title;
  GtkButton          *export_button;
  AdwWindowTitle     *window_title;
  GtkPaned           *paned;
  GtkStack           *editor_stack;
  LadderFamilyEditor *family_editor;
  /* Made when first needed (_ladder_window_role_editor ()). */
  LadderRoleEditor   *role_editor;
  guint               role_editor_idle;
  LadderPreview      *preview;
  LadderImportBanner *import_banner;
  GtkToggleButton    *checks_button;
  GtkImage           *checks_icon;
  GtkLabel           *checks_label;
  GtkToggleButton    *preview_button;
  AdwFlap            *checks_flap;
  LadderChecksPanel  *checks_panel;
  GMenu              *recent_section;
  GMenu              *recent_menu;
  GtkMenuButton      *role_menu_button;
  GMenuModel         *role_menu;
  GtkMenuButton      *primary_menu_button;
  GMenuModel         *primary_menu;

  GSettings       *settings;
  LadderDocument  *document;
  GSignalGroup    *document_signals;
  GSignalGroup    *history_signals;
  GSignalGroup    *family_signals;
  GtkStringFilter *role_filter;
  /* The sidebar's list: the roles the filter shows, under the page's
   * headings, and the one selected. */
  GtkFilterListModel *filtered_roles;
  LadderRoleGroups   *role_groups;
  GtkSingleSelection *role_selection;
  GSignalGroup       *roles_signals;
  /* The focus entering the list, and the selection GTK made meanwhile
   * refused; then waiting for the row of the role shown to move the
   * focus onto it. */
  guint    focus_entry_idle;
  gboolean entering_list;
  /* A button is going down on the list. */
  guint             click_idle;
  gboolean          clicking;
  gboolean          selection_refused;
  guint             focus_tick;
  guint             focus_frames;
  guint             scroll_tick;
  LadderLintRunner *lint_runner;
  /* Deleted roles by the number their toast's Undo names. */
  GHashTable *deleted_roles;
  guint       last_deleted_id;
  /* Documents being read into the window, the last file asked for, and
   * the number of the last reading asked for: the one that is shown. */
  guint   n_loading;
  GFile  *loading;
  guint64 load_serial;
  /* Set while the window itself selects a row. */
  gboolean selecting;
  /* Set while Delete Role takes away the role shown, and says itself
   * which role is shown next. */
  gboolean deleting_role;
  /* Too narrow for the form and the preview side by side. */
  gboolean narrow;
  gboolean close_confirmed;
  gboolean close_after_save;
  /* The review dialog, while open. */
  GtkWindow *review_dialog;
  /* The handbook shown in the sidebar, if any (ladder-window-workspace.c). */
  struct _LadderWindowWorkspace *workspace_part;
};

static inline LadderFamily *
family (LadderWindow *self)
{
  return ladder_document_get_family (self->document);
}

static inline LadderHistory *
history (LadderWindow *self)
{
  return ladder_document_get_history (self->document);
}

/* ladder-window.c */
AdwToast         *_ladder_window_toast_new (const char *message);
void              _ladder_window_update_actions (LadderWindow *self);
void              _ladder_window_update_title (LadderWindow *self);
void              _ladder_window_set_document (LadderWindow *self, LadderDocument *document);
LadderRoleEditor *_ladder_window_role_editor (LadderWindow *self);
/* Takes what was typed and not yet taken (a grade): see
 * ladder_role_editor_take_typing(). */
void              _ladder_window_take_typing (LadderWindow *self);

/* ladder-window-roles.c */
void _ladder_window_class_roles_init (LadderWindowClass *klass);
void _ladder_window_roles_init (LadderWindow *self);

/* ladder-window-sidebar.c */
void        _ladder_window_sidebar_init (LadderWindow *self);
void        _ladder_window_sidebar_dispose (LadderWindow *self);
LadderRole *_ladder_window_selected_role (LadderWindow *self, guint *position);
void        _ladder_window_explain_role_stays (LadderWindow *self);
void        _ladder_window_roles_set_model (LadderWindow *self, GListModel *roles);
void        _ladder_window_roles_changed (LadderWindow *self);
gboolean    _ladder_window_focus_shown_role (LadderWindow *self);

/* ladder-window-files.c */
void _ladder_window_class_files_init (LadderWindowClass *klass);
void _ladder_window_files_init (LadderWindow *self);
void _ladder_window_add_to_recent (LadderDocument *document);
void _ladder_window_add_filters (GtkFileChooser *chooser, gboolean pages_too);

/* ladder-window-save.c */
void _ladder_window_class_save_init (LadderWindowClass *klass);
void _ladder_window_save (LadderWindow *self);
void _ladder_window_update_save_buttons (LadderWindow *self);

/* ladder-window-disk.c */
void _ladder_window_on_changed_on_disk (LadderWindow *self);
void _ladder_window_on_export_changed_on_disk (LadderWindow *self);

/* ladder-window-review.c */
void _ladder_window_class_review_init (LadderWindowClass *klass);
void _ladder_window_close_review (LadderWindow *self);

/* ladder-window-checks.c */
void _ladder_window_class_checks_init (LadderWindowClass *klass);
void _ladder_window_checks_init (LadderWindow *self);
void _ladder_window_checks_dispose (LadderWindow *self);
void _ladder_window_checks_follow (LadderWindow *self);

/* ladder-window-preview.c */
void _ladder_window_preview_init (LadderWindow *self);
void _ladder_window_follow_selection (LadderWindow *self);

/* ladder-window-start.c */
void _ladder_window_class_start_init (LadderWindowClass *klass);
void _ladder_window_start_update (LadderWindow *self);

/* ladder-window-workspace.c */
void     _ladder_window_class_workspace_init (LadderWindowClass *klass);
void     _ladder_window_workspace_init (LadderWindow *self);
void     _ladder_window_workspace_dispose (LadderWindow *self);
void     _ladder_window_workspace_loaded (LadderWindow *self);
gboolean _ladder_window_workspace_choosing (LadderWindow *self);

/* ladder-window-bench.c */
void ladder_window_start_benchmark (LadderWindow *window);

G_END_DECLS
