/* test-window-narrow.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The window at the HIG's narrow size (360 px) in the language of
 * LANGUAGE (meson runs it in each language of the interface): every label
 * of the forms wraps between words, never inside one ("Gehaltsstuf-e");
 * the handbook checks' panel opens within the width the window has, and
 * the roles shown alone say what the form's header says (the unsaved
 * marker) and offer Save.
 * The catalogs are the build's (LADDER_LOCALEDIR); a language without one
 * fails under CI and is skipped elsewhere. Needs a
 * display (Xvfb in CI); exits 77 (skipped) where there is none.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ladder-application.h"
#include "ladder-checks-panel.h"
#include "ladder-family-editor.h"
#include "ladder-role-editor.h"
#include "ladder-test-skip.h"
#include "ladder-test-window.h"
#include "ladder-window.h"

static LadderApplication *app;

/* A real handbook page with eight roles (tests/data/README.md), in a
 * window 360 px wide. */
static LadderWindow *
open_narrow (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  gint64        deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));

  /* The header bar is part of what must fit: folded, the handbook checks'
   * button shows its icon alone (with its count it needed about 410 px). */
  spin (50);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 720);
  spin (50);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);

  spin (50);
  return window;
}

/* Waits (bounded) until @widget is shown at a width of at most 360 px (or
 * as narrow as it goes) and its layout has stopped changing. */
static void
settle (GtkWidget *widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));
  gint64     deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* A window resized while its minimum was wider keeps its width: asked
   * again (with a size that differs, so that it is a new request). */
  for (guint i = 0; (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) > 360)
                    && g_get_monotonic_time () < deadline;
       i++)
    {
      if (i % 10 == 9)
        gtk_window_set_default_size (window, 360 - (int) (i / 10) % 2, 720);
      spin (20);
    }
  g_assert_true (gtk_widget_get_mapped (widget));
  spin (200);
}

/* Each line of each wrapping label under @root starts where a line may
 * break (between words), not inside a word. Returns how many labels were
 * checked. */
static guint
assert_whole_words (GtkWidget *root)
{
  guint n_checked = 0;

  if (!gtk_widget_get_mapped (root))
    return 0;

  if (GTK_IS_LABEL (root) && gtk_label_get_wrap (GTK_LABEL (root))
      && *gtk_label_get_text (GTK_LABEL (root)) != '\0')
    {
      PangoLayout        *layout = gtk_label_get_layout (GTK_LABEL (root));
      const char         *text = pango_layout_get_text (layout);
      const PangoLogAttr *attrs;
      int                 n_attrs;

      attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          long             offset
              = g_utf8_pointer_to_offset (text, text + pango_layout_line_get_start_index (line));

          if (offset == 0)
            continue;
          g_assert_cmpint (offset, <, n_attrs);
          if (!attrs[offset].is_line_break)
            g_error ("“%s” is broken inside a word, before “%s” (%d px wide)", text,
                     text + pango_layout_line_get_start_index (line), gtk_widget_get_width (root));
        }
      n_checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_checked += assert_whole_words (child);

  return n_checked;
}

/* @form fits the narrow window. */
static void
assert_fits (GtkWidget *form, const char *language)
{
  /* In German the grade's spin button once asked for the width of "Keine
   * Gehaltsstufe": the role's form needed 363 px. */
  g_test_message ("%s: the form %d px, the window %d px", language, gtk_widget_get_width (form),
                  gtk_widget_get_width (gtk_widget_get_ancestor (form, GTK_TYPE_WINDOW)));
  /* The window, header bar included, fits as well. */
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_ancestor (form, GTK_TYPE_WINDOW)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (form), <=, 360);
}

/* The catalog of the language asked for (LANGUAGE) is there. */
static gboolean
have_catalog (const char *language)
{
  const char      *locale_dir = g_getenv ("LADDER_LOCALEDIR");
  g_autofree char *catalog = NULL;

  if (g_str_equal (language, "en"))
    return TRUE;

  g_assert_nonnull (locale_dir);
  catalog = g_build_filename (locale_dir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (catalog, G_FILE_TEST_EXISTS))
    {
      g_autofree char *why = g_strdup_printf ("no catalog at %s", catalog);

      ladder_test_skip_case (why);
      return FALSE;
    }

  return TRUE;
}

static void
test_labels_break_between_words (void)
{
  const char   *language = g_getenv ("LANGUAGE") != NULL && *g_getenv ("LANGUAGE") != '\0'
                               ? g_getenv ("LANGUAGE")
                               : "en";
  LadderWindow *window;
  GtkWidget    *editor;
  guint         n_checked;

  if (!have_catalog (language))
    return;

  window = open_narrow ();

  /* A role with a grade: its form. */
  ladder_window_select_role (window, 1);
  spin (50);
  editor = find_any_widget (GTK_WIDGET (window), LADDER_TYPE_ROLE_EDITOR, widget_is_mapped, NULL);
  g_assert_nonnull (editor);
  settle (editor);
  n_checked = assert_whole_words (editor);
  g_assert_cmpuint (n_checked, >=, 4);
  assert_fits (editor, language);

  /* The family's form. */
  ladder_window_show_family (window);
  spin (50);
  editor = find_any_widget (GTK_WIDGET (window), LADDER_TYPE_FAMILY_EDITOR, widget_is_mapped, NULL);
  g_assert_nonnull (editor);
  settle (editor);
  n_checked = assert_whole_words (editor);
  g_assert_cmpuint (n_checked, >=, 4);
  assert_fits (editor, language);

  close_without_saving (window);
}

/* Labels under @root that show the words of a form (a row's title or
 * subtitle, a group's description) and still wrap inside words; counts in
 * @n_checked those looked at. */
static guint
count_form_labels_wrapping_in_words (GtkWidget *root, guint *n_checked)
{
  guint n_inside_words = 0;

  if (GTK_IS_LABEL (root) && gtk_label_get_wrap (GTK_LABEL (root)))
    {
      GtkWidget *row = gtk_widget_get_ancestor (root, ADW_TYPE_PREFERENCES_ROW);
      GtkWidget *group = gtk_widget_get_ancestor (root, ADW_TYPE_PREFERENCES_GROUP);
      gboolean   form_words;

      if (row != NULL)
        form_words = gtk_widget_has_css_class (root, "title")
                     || gtk_widget_has_css_class (root, "subtitle");
      else
        form_words
            = group != NULL
              && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)),
                            adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)))
                     == 0;
      if (form_words)
        {
          (*n_checked)++;
          if (gtk_label_get_wrap_mode (GTK_LABEL (root)) != PANGO_WRAP_WORD)
            {
              g_test_message ("“%s” wraps inside words", gtk_label_get_text (GTK_LABEL (root)));
              n_inside_words++;
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_inside_words += count_form_labels_wrapping_in_words (child, n_checked);

  return n_inside_words;
}

typedef struct
{
  guint n_checked;
  guint n_inside_words;
  guint n_realized;
} Realized;

static void
on_window_realized (GtkWidget *window, Realized *realized)
{
  realized->n_realized++;
  realized->n_inside_words = count_form_labels_wrapping_in_words (window, &realized->n_checked);
}

/* GTK measures a window as it presents it, right after realizing it. The
 * forms' labels wrapped inside words until they were first shown: the
 * window was measured once that way, and again after, before its first
 * frame (a tenth of the example family's first frame, bench/README.md).
 * They wrap between words from the start. */
static void
test_labels_wrap_between_words_when_first_measured (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  LadderWindow *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  Realized      realized = { 0 };
  gint64        deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_false (gtk_widget_get_realized (GTK_WIDGET (window)));
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realized), &realized);
  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));
  spin (50);

  g_assert_cmpuint (realized.n_realized, ==, 1);
  /* The family's form (its descriptions and its sections' rows) and the
   * role's (its rows' titles). */
  g_assert_cmpuint (realized.n_checked, >=, 8);
  g_assert_cmpuint (realized.n_inside_words, ==, 0);

  g_signal_handlers_disconnect_by_func (window, on_window_realized, &realized);
  close_without_saving (window);
}

static gboolean
has_action (GtkWidget *widget, gconstpointer data)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* The group whose header's suffix is the button of action DATA. */
static gboolean
is_group_with_action (GtkWidget *widget, gconstpointer data)
{
  return find_widget (widget, GTK_TYPE_BUTTON, has_action, data) != NULL;
}

static GtkWidget *
wrapping_label (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        return child;
      if ((found = wrapping_label (child)) != NULL)
        return found;
    }

  return NULL;
}

/* A group's title and description are measured without GTK 4.8's search
 * for the width they would need at each height tried
 * (ladder-wrap-bin.c), and laid out as GTK lays them out: in a window
 * 360 px wide the Sections group's description wraps over several lines,
 * as tall as it is for its width, the header's suffix beside it, and the
 * two labels centred in the header's height. */
static void
test_group_headers_laid_out_as_measured (void)
{
  LadderWindow   *window = open_narrow ();
  GtkWidget      *group;
  GtkWidget      *description;
  GtkWidget      *labels;
  GtkWidget      *header;
  int             minimum, natural, line;
  graphene_rect_t bounds, header_bounds;

  group = find_widget (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_GROUP, is_group_with_action,
                       "family.add-section");
  g_assert_nonnull (group);
  description = wrapping_label (group);
  g_assert_nonnull (description);
  g_assert_true (gtk_widget_get_mapped (description));

  gtk_widget_measure (description, GTK_ORIENTATION_VERTICAL, -1, &line, NULL, NULL, NULL);
  gtk_widget_measure (description, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (description),
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (description), ==, natural);
  g_assert_cmpint (natural, >, 2 * line);
  g_assert_cmpint (gtk_widget_get_width (description), <=, 360);

  labels = gtk_widget_get_parent (description);
  header = gtk_widget_get_ancestor (labels, GTK_TYPE_BOX);
  while (header != NULL && !gtk_widget_has_css_class (header, "header"))
    header = gtk_widget_get_ancestor (gtk_widget_get_parent (header), GTK_TYPE_BOX);
  g_assert_nonnull (header);
  g_assert_true (gtk_widget_compute_bounds (labels, header, &bounds));
  g_assert_true (gtk_widget_compute_bounds (header, header, &header_bounds));
  gtk_widget_measure (labels, GTK_ORIENTATION_VERTICAL, (int) bounds.size.width, NULL, &natural,
                      NULL, NULL);
  g_assert_cmpfloat (bounds.size.height, ==, MIN (natural, header_bounds.size.height));
  g_assert_cmpfloat (bounds.origin.y, ==,
                     (int) (header_bounds.size.height - bounds.size.height) / 2);
  /* The suffix (Add Section) beside the labels, in the rest of the width. */
  g_assert_cmpfloat (bounds.size.width, <, header_bounds.size.width);

  close_without_saving (window);
}

static gboolean
has_problem_rows (gpointer panel)
{
  return ladder_checks_panel_get_row (panel, 0) != NULL;
}

static gboolean
is_released (gpointer button)
{
  return !gtk_toggle_button_get_active (button);
}

/* Opening the handbook checks in a folded window 600 px wide made it
 * 691 px wide: the panel asked for its width beside the form's. It lies
 * over the form instead, as wide as the window allows; choosing a problem
 * closes it, and the form shows the problem's field. */
static void
test_checks_panel_keeps_width (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  LadderWindow      *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  AdwLeaflet        *leaflet;
  GtkToggleButton   *button;
  LadderChecksPanel *panel;
  int                width;
  gint64             deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 720);
  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));
  leaflet = ADW_LEAFLET (find_any_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  panel = LADDER_CHECKS_PANEL (
      find_any_widget (GTK_WIDGET (window), LADDER_TYPE_CHECKS_PANEL, NULL, NULL));
  button = checks_button_of (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (button)) && g_get_monotonic_time () < deadline)
    spin (20);
  spin (200);
  /* 600 px, less the frame's. */
  width = gtk_widget_get_width (GTK_WIDGET (window));
  g_assert_cmpint (width, <=, 600);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gtk_toggle_button_get_active (button));
  g_assert_true (spin_until (has_problem_rows, panel));
  spin (200);

  g_test_message ("the window %d px, the panel %d px", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_width (GTK_WIDGET (panel)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (panel)), <=, width);

  g_signal_emit_by_name (ladder_checks_panel_get_row (panel, 0), "activate");
  /* Under load the flap may take longer than a fixed wait to close. */
  g_assert_true (spin_until (is_released, button));
  spin (200);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (panel)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);

  close_without_saving (window);
}

static gboolean
saves (GtkWidget *widget, gconstpointer data)
{
  return gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.save") == 0;
}

static gboolean
titles (GtkWidget *widget, gconstpointer title)
{
  return gtk_widget_get_mapped (widget)
         && g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

static gboolean
is_saved (gpointer window)
{
  return !ladder_document_get_modified (ladder_window_get_document (window));
}

/* Folded, the roles shown alone had neither Save nor the unsaved marker
 * of the form's header (the window's title): one could not see that there
 * were changes, nor save them but by Ctrl+S. Their header names the
 * document as the window's title does, marker included, and its Save
 * saves. */
static void
test_roles_show_unsaved_and_save (void)
{
  g_autofree char *source
      = g_test_build_filename (G_TEST_DIST, "data", "partner-program-manager.md", NULL);
  g_autofree char *path = copy_to_temp (source, "partner-program-manager.md");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  LadderWindow    *window = LADDER_WINDOW (ladder_application_open_file (app, file));
  g_autofree char *saved_title = NULL;
  AdwLeaflet      *leaflet;
  GtkWidget       *save;
  gint64           deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  while (!document_is (window, file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (document_is (window, file));
  leaflet = ADW_LEAFLET (find_any_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL, NULL));
  while (!adw_leaflet_get_folded (leaflet) && g_get_monotonic_time () < deadline)
    spin (20);
  g_assert_true (adw_leaflet_get_folded (leaflet));

  /* The roles, alone. */
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  spin (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sidebar_list (window))));
  saved_title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, titles, saved_title));
  save = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, saves, NULL);
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_has_css_class (save, "suggested-action"));

  /* A change: the title shown gets the marker, and Save asks to be
   * pressed. */
  ladder_role_set_job_grade (role_at (window, 0), 4);
  spin (50);
  g_assert_true (ladder_document_get_modified (ladder_window_get_document (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, saved_title);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, titles,
                                 gtk_window_get_title (GTK_WINDOW (window))));
  save = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, saves, NULL);
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_is_drawable (save));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (save, "suggested-action"));

  /* Pressed, it saves: the marker goes. */
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (spin_until (is_saved, window));
  spin (50);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, titles, saved_title));

  close_without_saving (window);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* Before the application starts: it names itself in the language. */
  if (g_getenv ("LADDER_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = start_window_test (NULL, G_APPLICATION_DEFAULT_FLAGS);
  if (app == NULL)
    return skip_without_display ();
  /* As on GNOME: a close button alone in the header bar. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_test_add_func ("/window-narrow/labels-break-between-words", test_labels_break_between_words);
  g_test_add_func ("/window-narrow/labels-wrap-between-words-when-first-measured",
                   test_labels_wrap_between_words_when_first_measured);
  g_test_add_func ("/window-narrow/group-headers-laid-out-as-measured",
                   test_group_headers_laid_out_as_measured);
  g_test_add_func ("/window-narrow/checks-panel-keeps-width", test_checks_panel_keeps_width);
  g_test_add_func ("/window-narrow/roles-show-unsaved-and-save", test_roles_show_unsaved_and_save);

  return g_test_run ();
}
