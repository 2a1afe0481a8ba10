/* ladder-test-window.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ladder-application.h"
#include "ladder-bullet-editor.h"
#include "ladder-role-editor.h"
#include "ladder-window.h"

G_BEGIN_DECLS

/*
 * What the window tests share: spinning the main loop, finding widgets,
 * the window's family and roles, keys pressed where the focus is,
 * temporary copies of pages, dialogs.
 * Linked by every test-window*.c; each test keeps its own application and
 * its own way of opening a file (they wait for different things).
 */

/* What a window test does after g_test_init(): a home of its own for
 * recent files and drafts (XDG_DATA_HOME and XDG_STATE_HOME at @home, or
 * at a new temporary folder when NULL), GTK and libadwaita started with
 * no cursor blinking and no animations, and a new application, not unique
 * and with @flags, registered. NULL where there is no display: main() then
 * returns skip_without_display(). */
LadderApplication *start_window_test (const char *home, GApplicationFlags flags);
/* The exit status of a window test that found no display. */
int skip_without_display (void);

/* Runs the main loop for about @milliseconds. */
void spin (guint milliseconds);
/* Runs the main loop until @done is TRUE, ten seconds at the most. */
gboolean spin_until (gboolean (*done) (gpointer), gpointer data);
/* Runs the main loop until @window shows @file (see document_is()), ten
 * seconds at the most; whether it does. */
gboolean spin_until_shows (LadderWindow *window, GFile *file);

/* The first widget of @type below @root (itself included) that @match
 * accepts (any when NULL), looking only among visible children when
 * @visible_only. */
GtkWidget *find_widget_full (GtkWidget *root,
                             GType      type,
                             gboolean (*match) (GtkWidget *, gconstpointer),
                             gconstpointer data,
                             gboolean      visible_only);
/* The same among visible children only, or among all of them. */
GtkWidget *find_widget (GtkWidget *root,
                        GType      type,
                        gboolean (*match) (GtkWidget *, gconstpointer),
                        gconstpointer data);
GtkWidget *find_any_widget (GtkWidget *root,
                            GType      type,
                            gboolean (*match) (GtkWidget *, gconstpointer),
                            gconstpointer data);
/* All the GtkEntry widgets below @root, into @found. */
void collect_entries (GtkWidget *root, GPtrArray *found);

/* Matches for find_widget(). */
gboolean lists_roles (GtkWidget *widget, gconstpointer data);
/* The sidebar's list of roles, its selection, and the role selected in
 * it (NULL when none is). */
GtkListView        *sidebar_list (LadderWindow *window);
GtkSingleSelection *sidebar_selection (LadderWindow *window);
LadderRole         *sidebar_selected_role (LadderWindow *window);
/* Where @role is among the sidebar's items (roles and headings), while
 * the filter shows it. */
gboolean sidebar_position (LadderWindow *window, LadderRole *role, guint *position);
/* Selects in the sidebar the role at @position of the family, as a click
 * on its row does. */
void sidebar_pick_role (LadderWindow *window, guint position);
/* The sidebar's row (the list's item widget) of @role, while the list has
 * made one. */
GtkWidget *sidebar_row (LadderWindow *window, LadderRole *role);
gboolean   is_list (GtkWidget *widget, gconstpointer list);
/* The header's toggle of the handbook checks. */
GtkToggleButton *checks_button_of (LadderWindow *window);
gboolean         button_labelled (GtkWidget *widget, gconstpointer label);
gboolean         label_says (GtkWidget *widget, gconstpointer text);
gboolean         tooltip_is (GtkWidget *widget, gconstpointer tooltip);
gboolean         widget_is_mapped (GtkWidget *widget, gconstpointer data);

/* Whether @window shows @file (as its file or as the page it exports to). */
gboolean      document_is (LadderWindow *window, GFile *file);
LadderFamily *family_of (LadderWindow *window);
/* The page @window's family exports now. */
char *page_of (LadderWindow *window);
/* The whole text of the text view @view. */
char *text_view_text (GtkWidget *view);
/* The role at @position of @window's family (borrowed). */
LadderRole         *role_at (LadderWindow *window, guint position);
LadderRoleEditor   *role_editor (LadderWindow *window);
LadderBulletEditor *bullet_editor (LadderWindow *window, LadderBulletList list);
/* Destroys @window and checks it is gone. */
void close_without_saving (LadderWindow *window);

/* A copy of the file @source as @name in a new temporary folder. */
char *copy_to_temp (const char *source, const char *name);
/* A copy of the page tests/data/@name opened by @app, the role titled
 * @title picked in the sidebar. */
LadderWindow *open_data_page_on_role (LadderApplication *app, const char *name, const char *title);
char *contents_of (const char *path);
/* For ladder_document_export(): sets the gboolean at @user_data. */
void on_exported_done (GObject *object, GAsyncResult *result, gpointer user_data);

/* The message dialog shown, or NULL. */
AdwMessageDialog *find_dialog (void);
/* Answers @dialog with @response and checks that it is gone. */
void respond (AdwMessageDialog *dialog, const char *response);

/* The character offset of @view's cursor. */
int cursor_offset (GtkWidget *view);
/* The focus in the text view @view, at character @offset (-1: its end). */
void place_cursor (GtkWidget *view, int offset);
/* As the key pressed where @window's focus is: the shortcut controllers of
 * the focus and its ancestors, the capture phase's from the window down,
 * then the bubble phase's back up. Whether one of them took the key. */
gboolean press_shortcut (LadderWindow *window, guint keyval, GdkModifierType modifiers);

G_END_DECLS
