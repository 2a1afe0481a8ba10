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
#include "ladder-role-text-row.h"
#include "ladder-section-row.h"
#include "ladder-tooltip.h"

/*
 * The fields of the role's form that need a little translation between
 * widget and model, and follow the role's notifications: the grade (its
 * lowest value is none), the manager and the manager's link (only a safe
 * link reaches the model), "extends" (a choice among the other roles'
 * titles) and the role's own subsections.
 */

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

/**
 * ladder_role_editor_cancel_typing:
 *
 * Takes back what was typed in the grade's field and not yet taken (it is,
 * on Enter or on leaving the field): the field shows the role's grade
 * again. Undo does this first; the history holds no step for the typing,
 * and undid an earlier change instead, perhaps in another role, out of
 * sight, while the typed grade stayed to be taken.
 *
 * Returns: whether there was typing to take back
 */
gboolean
ladder_role_editor_cancel_typing (LadderRoleEditor *self)
{
  GtkWidget       *focus;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), FALSE);

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  if (self->role == NULL || focus == NULL
      || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grade_spin)))
    return FALSE;

  shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->grade_spin)));
  update_grade (self);
  return g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self->grade_spin))) != 0;
}

/**
 * ladder_role_editor_take_typing:
 *
 * Takes what was typed in the grade's field and not yet taken, as leaving
 * the field does. Saving, exporting and closing do this first: asked from
 * the keyboard (Ctrl+S, Ctrl+W), they leave the focus in the field, and
 * the page was saved without the grade the field showed, or the window
 * closed without asking, the grade lost.
 */
void
ladder_role_editor_take_typing (LadderRoleEditor *self)
{
  GtkRoot   *root;
  GtkWidget *focus;

  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));

  /* A form out of any window (being taken down) has nothing typed. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (self->role != NULL && focus != NULL
      && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grade_spin)))
    gtk_spin_button_update (self->grade_spin);
}

/* The wheel over the grade's field scrolls the form, unless the field has
 * the keyboard's focus: scrolling the form brought the field under the
 * pointer, and the turns left changed the role's grade unseen. */
static gboolean
on_grade_wheel (GtkEventControllerScroll *wheel, double dx, double dy)
{
  GtkWidget     *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (wheel));
  GtkWidget     *focus = gtk_root_get_focus (gtk_widget_get_root (spin));
  GtkWidget     *scrolled;
  GtkAdjustment *adjustment;
  double         page;

  if (focus != NULL && gtk_widget_is_ancestor (focus, spin))
    return FALSE;

  scrolled = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    {
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      /* A tenth of the form in sight a turn, about as far as a turn
       * scrolls it elsewhere. */
      page = gtk_adjustment_get_page_size (adjustment);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * page / 10);
    }

  return TRUE;
}

/* The grade's lowest value is no grade at all, and says so. */
static gboolean
on_grade_output (GtkSpinButton *spin)
{
  int grade = gtk_spin_button_get_value_as_int (spin);
  /* TRANSLATORS: in the job grade's field, beside its title ("Job grade"),
   * when the role has none: keep it short, the form must fit 360 px */
  g_autofree char *text
      = grade < 0 ? g_strdup (C_ ("grade field", "No grade")) : g_strdup_printf ("%d", grade);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Typed: a number is a grade; an empty field or the words the field shows
 * for none ("No grade", in any case) is none. Anything else is refused:
 * the grade stays as it was and the field shows it again (GTK rings the
 * error bell), so that letters typed there by mistake never take a
 * role's grade away. */
static int
on_grade_input (GtkSpinButton *spin, double *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_autofree char *typed = g_utf8_casefold (text, -1);
  g_autofree char *none = g_utf8_casefold (C_ ("grade field", "No grade"), -1);
  guint64          grade;

  if (g_ascii_string_to_unsigned (text, 10, 0, LADDER_GRADE_MAX, &grade, NULL))
    *value = (double) grade;
  else if (*text == '\0' || g_strcmp0 (typed, none) == 0)
    *value = -1;
  else
    {
      *value = gtk_spin_button_get_value (spin);
      return GTK_INPUT_ERROR;
    }

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

/* The manager's link is written around the manager's name: without a
 * name, the page says nothing of the manager and the link goes with it
 * (the link showed as if it would be kept, and was gone on reopening). */
static void
update_link_sensitive (LadderRoleEditor *self)
{
  gboolean named = self->role == NULL || *ladder_role_get_reports_to (self->role) != '\0';

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->reports_to_link_row)) == named)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->reports_to_link_row), named);
  ladder_tooltip_set_text (GTK_WIDGET (self->reports_to_link_row),
                           named ? NULL
                                 : _ ("The link is written with the manager’s name: "
                                      "give the name first"));
}

static void
update_reports_to (LadderRoleEditor *self)
{
  const char *reports_to = self->role != NULL ? ladder_role_get_reports_to (self->role) : "";

  update_link_sensitive (self);
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

/* A role the manager's field suggests: another role, with a title. */
static gboolean
is_other_titled_role (gpointer item, gpointer user_data)
{
  LadderRoleEditor *self = user_data;

  return item != self->role && *ladder_role_get_title (item) != '\0';
}

/* The choice that names the role's "extends": the first title equal to it
 * but for case, as the importer and a rename take it, or "None". */
static void
select_extends (LadderRoleEditor *self)
{
  GListModel      *choices = G_LIST_MODEL (self->extends_roles);
  guint            n_choices = g_list_model_get_n_items (choices);
  const char      *extends = ladder_role_get_extends (self->role);
  g_autofree char *wanted = *extends != '\0' ? g_utf8_casefold (extends, -1) : NULL;
  guint            selected = 0;

  for (guint i = 0; wanted != NULL && selected == 0 && i < n_choices; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (choices, i);
      g_autofree char *title = g_utf8_casefold (ladder_role_get_title (role), -1);

      if (g_str_equal (title, wanted))
        selected = i + 1;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->extends_row, selected);
  self->updating = FALSE;
}

/* The choices of "extends": none, then the family's other roles that have
 * a title, shown by their titles (LadderRoleChoices). Showing another role
 * only puts back the role shown before and leaves out the new one, rather
 * than going over thousands of roles for each role shown. */
static void
choose_among (LadderRoleEditor *self, GListModel *roles)
{
  self->updating = TRUE;
  ladder_role_choices_set_roles (self->extends_roles, roles);
  ladder_role_choices_set_left_out (self->extends_roles, self->role);
  self->updating = FALSE;
}

/* The choices for a family whose roles are not shown yet, made when the
 * window has nothing else to do: the list of choices makes rows for up to
 * two hundred of them (a third of showing the first role of a family of
 * 2,000, when it was made then). Showing a role then only takes it out. */
static gboolean
prepare_extends (gpointer user_data)
{
  LadderRoleEditor *self = user_data;

  self->extends_preparing = 0;
  if (self->role == NULL && self->family != NULL)
    choose_among (self, ladder_family_get_roles (self->family));

  return G_SOURCE_REMOVE;
}

void
_ladder_role_editor_update_extends (LadderRoleEditor *self)
{
  GListModel *roles;

  self->completion_stale = TRUE;

  if (self->family == NULL)
    return;

  roles = ladder_family_get_roles (self->family);
  /* Without a role the editor is hidden. */
  if (self->role == NULL)
    {
      if (self->extends_preparing == 0
          && ladder_role_choices_get_roles (self->extends_roles) != roles)
        self->extends_preparing = g_idle_add_full (G_PRIORITY_LOW, prepare_extends, self, NULL);
      return;
    }

  choose_among (self, roles);
  select_extends (self);
}

/* The family changed: a role's title may have become empty, or stopped
 * being so, which changes the choices (a title typed on shows itself
 * through its property). */
void
_ladder_role_editor_family_changed (LadderRoleEditor *self)
{
  self->updating = TRUE;
  ladder_role_choices_refresh (self->extends_roles);
  self->updating = FALSE;
  _ladder_role_editor_update_extends (self);
}

static void
on_extends_selected (LadderRoleEditor *self)
{
  LadderRole *chosen;

  /* The choices changing under the selection (a role added or removed)
   * moves it: that is not the person's choice. */
  if (self->updating || self->extends_changing || self->role == NULL)
    return;

  chosen = adw_combo_row_get_selected_item (self->extends_row);
  if (chosen == NULL || chosen == self->extends_none)
    ladder_role_set_extends (self->role, "");
  else if (g_ascii_strcasecmp (ladder_role_get_title (chosen), ladder_role_get_extends (self->role))
           != 0)
    ladder_role_set_extends (self->role, ladder_role_get_title (chosen));
}

/* The manager's field suggests the other roles' titles; they are listed
 * when the field gets the focus, the only time they are shown, rather than
 * for every role shown or key typed. */
static void
on_reports_to_focused (LadderRoleEditor *self)
{
  GtkEntryCompletion *completion;
  GListModel         *roles;
  guint               n_roles;

  if (!self->completion_stale || self->family == NULL)
    return;

  /* Refilled away from the completion, which would otherwise filter the
   * list anew for each title added (thousands in a large family). */
  completion = gtk_entry_get_completion (ladder_entry_row_get_entry (self->reports_to_row));
  gtk_entry_completion_set_model (completion, NULL);
  gtk_list_store_clear (self->completion_model);
  roles = ladder_family_get_roles (self->family);
  n_roles = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      if (is_other_titled_role (role, self))
        gtk_list_store_insert_with_values (self->completion_model, NULL, -1, 0,
                                           ladder_role_get_title (role), -1);
    }
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->completion_model));
  self->completion_stale = FALSE;
}

static void
on_extends_choices_changing (LadderRoleEditor *self)
{
  self->extends_changing = TRUE;
}

static void
on_extends_choices_changed (LadderRoleEditor *self)
{
  self->extends_changing = FALSE;
  if (self->role != NULL && !self->updating)
    select_extends (self);
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
  const char *text = ladder_role_get_title (gtk_list_item_get_item (item));
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

/* Text under a list's heading starts the list's first group, which the
 * list shows as its header. */
static void
on_text_changed (LadderRoleText *text, GParamSpec *pspec, GtkWidget *row)
{
  LadderRoleEditor *self
      = LADDER_ROLE_EDITOR (gtk_widget_get_ancestor (row, LADDER_TYPE_ROLE_EDITOR));

  if (self == NULL)
    return;

  switch (ladder_role_text_get_place (text))
    {
    case LADDER_ROLE_TEXT_UNDER_RESPONSIBILITIES_HEADING:
      ladder_bullet_editor_update_groups (self->responsibilities);
      break;
    case LADDER_ROLE_TEXT_UNDER_REQUIREMENTS_HEADING:
      ladder_bullet_editor_update_groups (self->requirements);
      break;
    default:
      break;
    }
}

static GtkWidget *
create_text_row (gpointer item, gpointer user_data)
{
  GtkWidget *row = ladder_role_text_row_new (item);

  g_signal_connect_object (item, "notify::markdown", G_CALLBACK (on_text_changed), row, 0);
  return row;
}

/* Which of the role's texts a list box of the form shows: a mask of
 * LadderRoleTextPlace. */
#define PLACE(place) (1u << (place))

static gboolean
text_is_at (gpointer item, gpointer places)
{
  return (GPOINTER_TO_UINT (places) & PLACE (ladder_role_text_get_place (item))) != 0;
}

/* The list boxes of the role's texts, each with the places it shows. */
static guint
text_lists (LadderRoleEditor *self, GtkListBox **lists, guint *places)
{
  GtkListBox *all[] = {
    self->texts_list,
    self->responsibilities_text_above,
    self->responsibilities_text_below,
    self->requirements_text_above,
    self->requirements_text_below,
  };
  const guint masks[] = {
    PLACE (LADDER_ROLE_TEXT_AT_START) | PLACE (LADDER_ROLE_TEXT_AFTER_REPORTS_TO)
        | PLACE (LADDER_ROLE_TEXT_UNDER_GRADE_HEADING) | PLACE (LADDER_ROLE_TEXT_AFTER_GRADE)
        | PLACE (LADDER_ROLE_TEXT_AFTER_SUBSECTION),
    PLACE (LADDER_ROLE_TEXT_UNDER_RESPONSIBILITIES_HEADING),
    PLACE (LADDER_ROLE_TEXT_AFTER_RESPONSIBILITIES),
    PLACE (LADDER_ROLE_TEXT_UNDER_REQUIREMENTS_HEADING),
    PLACE (LADDER_ROLE_TEXT_AFTER_REQUIREMENTS),
  };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      lists[i] = all[i];
      places[i] = masks[i];
    }
  return G_N_ELEMENTS (all);
}

#define N_TEXT_LISTS 5

/* The role's text besides its fields, where the page has it: the text
 * under a list's heading (which starts the list's first group) above the
 * list, the text after it below, the rest under "Text". Before this, a
 * page such as the SRE family's, whose levels say what they ask under their
 * job grade, showed its roles with nothing but "No responsibilities yet". */
static void
update_texts (LadderRoleEditor *self)
{
  GListModel *texts = self->role != NULL ? ladder_role_get_texts (self->role) : NULL;
  GtkListBox *lists[N_TEXT_LISTS];
  guint       places[N_TEXT_LISTS];
  guint       n_lists = text_lists (self, lists, places);

  for (guint i = 0; i < n_lists; i++)
    {
      g_autoptr (GtkFilterListModel) shown = NULL;
      GtkWidget *holder = i == 0 ? self->texts_group : GTK_WIDGET (lists[i]);

      if (texts == NULL || g_list_model_get_n_items (texts) == 0)
        {
          gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);
          gtk_widget_set_visible (holder, FALSE);
          continue;
        }

      shown = gtk_filter_list_model_new (
          g_object_ref (texts),
          GTK_FILTER (gtk_custom_filter_new (text_is_at, GUINT_TO_POINTER (places[i]), NULL)));
      gtk_list_box_bind_model (lists[i], G_LIST_MODEL (shown), create_text_row, self, NULL);
      gtk_widget_set_visible (holder, g_list_model_get_n_items (G_LIST_MODEL (shown)) > 0);
    }
}

void
_ladder_role_editor_unbind_texts (LadderRoleEditor *self)
{
  GtkListBox *lists[N_TEXT_LISTS];
  guint       places[N_TEXT_LISTS];
  guint       n_lists = text_lists (self, lists, places);

  for (guint i = 0; i < n_lists; i++)
    if (lists[i] != NULL)
      gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);
}

GtkWidget *
_ladder_role_editor_find_text_view (LadderRoleEditor *self, LadderRoleText *text)
{
  GtkListBox *lists[N_TEXT_LISTS];
  guint       places[N_TEXT_LISTS];
  guint       n_lists = text_lists (self, lists, places);

  for (guint i = 0; i < n_lists; i++)
    {
      GtkListBoxRow *row;

      for (int r = 0; (row = gtk_list_box_get_row_at_index (lists[i], r)) != NULL; r++)
        if (ladder_role_text_row_get_text (GTK_WIDGET (row)) == text)
          return ladder_role_text_row_get_view (GTK_WIDGET (row));
    }

  return NULL;
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
  update_texts (self);
  update_subsections (self);
}

void
_ladder_role_editor_init_fields (LadderRoleEditor *self)
{
  GtkEntryCompletion *completion;

  g_signal_group_connect_swapped (self->role_signals, "notify", G_CALLBACK (on_role_notify), self);

  {
    GListStore          *none = g_list_store_new (LADDER_TYPE_ROLE);
    GListStore          *parts = g_list_store_new (G_TYPE_LIST_MODEL);
    GtkFlattenListModel *choices;

    /* TRANSLATORS: the choice of "Extends" for a role that extends no other role */
    self->extends_none = ladder_role_new (C_ ("extends", "None"));
    g_list_store_append (none, self->extends_none);
    self->extends_roles = ladder_role_choices_new ();
    g_list_store_append (parts, none);
    g_list_store_append (parts, self->extends_roles);
    g_object_unref (none);
    choices = gtk_flatten_list_model_new (G_LIST_MODEL (parts));
    /* Around the combo row's own handler, which moves its selection. */
    g_signal_connect_swapped (choices, "items-changed", G_CALLBACK (on_extends_choices_changing),
                              self);
    adw_combo_row_set_model (self->extends_row, G_LIST_MODEL (choices));
    g_signal_connect_swapped (choices, "items-changed", G_CALLBACK (on_extends_choices_changed),
                              self);
    g_object_unref (choices);
  }
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    GtkExpression      *expression = gtk_property_expression_new (LADDER_TYPE_ROLE, NULL, "title");

    g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind), NULL);
    adw_combo_row_set_list_factory (self->extends_row, factory);
    adw_combo_row_set_expression (self->extends_row, expression);
    g_object_unref (factory);
    gtk_expression_unref (expression);
  }

  /* Wide enough for the words that stand for no grade. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->grade_spin),
                                MAX (3, (int) g_utf8_strlen (C_ ("grade field", "No grade"), -1)));
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
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_reports_to_focused), self);
    gtk_widget_add_controller (GTK_WIDGET (self->reports_to_row), focus);
  }

  {
    GtkEventController *wheel = gtk_event_controller_scroll_new (
        GTK_EVENT_CONTROLLER_SCROLL_VERTICAL | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

    gtk_event_controller_set_propagation_phase (wheel, GTK_PHASE_CAPTURE);
    g_signal_connect (wheel, "scroll", G_CALLBACK (on_grade_wheel), NULL);
    gtk_widget_add_controller (GTK_WIDGET (self->grade_spin), wheel);
  }
  g_signal_connect_swapped (self->grade_spin, "value-changed", G_CALLBACK (on_grade_changed), self);
  g_signal_connect (self->grade_spin, "output", G_CALLBACK (on_grade_output), NULL);
  g_signal_connect (self->grade_spin, "input", G_CALLBACK (on_grade_input), NULL);
  /* What the field refuses leaves the value as it was (GTK's default
   * would take whatever the refusal left in it). */
  gtk_spin_button_set_update_policy (self->grade_spin, GTK_UPDATE_IF_VALID);
  g_signal_connect_swapped (self->reports_to_row, "changed", G_CALLBACK (on_reports_to_changed),
                            self);
  g_signal_connect_swapped (self->reports_to_link_row, "changed", G_CALLBACK (on_link_changed),
                            self);
  g_signal_connect_swapped (self->extends_row, "notify::selected", G_CALLBACK (on_extends_selected),
                            self);
}
