/* ladder-bullet-editor.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-bullet-editor-private.h"
#include "ladder-scroll.h"
#include "ladder-text-binding.h"
#include "ladder-tooltip.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/*
 * An editable list of a role's responsibilities or requirements. Each
 * bullet is edited in place, with its formatting shown (bold, italic,
 * links: ladder-text-binding.h), as in a word processor: Enter ends a
 * bullet and starts the next, Backspace at a bullet's start joins it to
 * the one before, pasted lines become bullets. Bullets are reordered by
 * drag and drop or with Alt+Up and Alt+Down, and deleted with an Undo in a
 * toast. The list box shows the role's bullets model itself, so the model
 * stays the one source of truth; each of these edits is one step of the
 * document's history.
 */

G_DEFINE_FINAL_TYPE (LadderBulletEditor, ladder_bullet_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ROLE,
  PROP_LIST,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GdkFrameClock *window_frame_clock (LadderBulletEditor *self);

GListModel *
_ladder_bullet_editor_bullets (LadderBulletEditor *self)
{
  return ladder_role_get_bullets (self->role, (LadderBulletList) self->list);
}

gboolean
_ladder_bullet_editor_find (LadderBulletEditor *self, LadderBullet *bullet, guint *position)
{
  return self->role != NULL
         && ladder_role_find_bullet (self->role, (LadderBulletList) self->list, bullet, position);
}

static void
move_bullet (LadderBulletEditor *self, LadderBullet *bullet, int delta)
{
  guint      position, moved_to;
  guint      n_items;
  GtkWidget *entry;
  int        offset = -1;

  if (!_ladder_bullet_editor_find (self, bullet, &position))
    return;

  n_items = g_list_model_get_n_items (_ladder_bullet_editor_bullets (self));
  if (delta > 0 && position + 1 >= n_items)
    return;

  /* The cursor stays where it was in the bullet's words, also where the
   * move makes its row anew (past a group's label). */
  entry = ladder_bullet_editor_get_entry (self, position);
  if (entry != NULL && gtk_widget_has_focus (entry))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry));
      GtkTextIter    cursor;

      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      offset = gtk_text_iter_get_offset (&cursor);
    }

  /* Past a group's header, the bullet stays at its position, in the
   * group on the other side. */
  moved_to
      = ladder_role_step_bullet (self->role, (LadderBulletList) self->list, position, delta < 0);

  if (offset >= 0)
    {
      _ladder_bullet_editor_focus (self, moved_to, offset);
      return;
    }

  entry = ladder_bullet_editor_get_entry (self, moved_to);
  if (entry != NULL)
    ladder_scroll_grab_focus_in_sight (entry);
}

/* bullets.move-up and bullets.move-down take the bullet's position, so
 * that rows, menus and tests all go through the same action. */
static void
on_move (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (widget);
  guint               position = g_variant_get_uint32 (parameter);
  g_autoptr (LadderBullet) bullet = NULL;

  if (self->role == NULL
      || position >= g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)))
    return;

  bullet = g_list_model_get_item (_ladder_bullet_editor_bullets (self), position);
  move_bullet (self, bullet, g_str_equal (action_name, "bullets.move-up") ? -1 : 1);
}

/* Each of these edits is one step of the history, whatever it changes. */
void
_ladder_bullet_editor_begin_change (LadderBulletEditor *self)
{
  if (self->history != NULL)
    {
      ladder_history_seal (self->history);
      ladder_history_begin_group (self->history);
    }
}

void
_ladder_bullet_editor_end_change (LadderBulletEditor *self)
{
  if (self->history != NULL)
    ladder_history_end_group (self->history);
}

/* The focus in the bullet at @position, at character @offset (-1: at its
 * end), in sight. */
void
_ladder_bullet_editor_focus (LadderBulletEditor *self, guint position, int offset)
{
  GtkWidget     *entry = ladder_bullet_editor_get_entry (self, position);
  GtkTextBuffer *buffer;
  GtkTextIter    iter;

  if (entry == NULL)
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (entry));
  if (offset < 0)
    gtk_text_buffer_get_end_iter (buffer, &iter);
  else
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  ladder_scroll_grab_focus_in_sight (entry);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/* A bullet's row says what the checks found in it: marked as an error or
 * a warning, the messages in its tooltip. */
void
_ladder_bullet_editor_mark_row (LadderBulletEditor *self, GtkWidget *row, guint position)
{
  g_autoptr (GString) tooltip = g_string_new (NULL);
  LadderLintSeverity worst = LADDER_LINT_OFF;

  for (guint i = 0; self->problems != NULL && i < self->problems->len; i++)
    {
      LadderLintProblem *problem = g_ptr_array_index (self->problems, i);

      if (ladder_lint_problem_get_index (problem) != (int) position)
        continue;

      worst = MAX (worst, ladder_lint_problem_get_severity (problem));
      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');
      g_string_append (tooltip, ladder_lint_problem_get_message (problem));
    }

  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (row, "warning");
  if (worst == LADDER_LINT_ERROR)
    gtk_widget_add_css_class (row, "error");
  else if (worst == LADDER_LINT_WARNING)
    gtk_widget_add_css_class (row, "warning");
  ladder_tooltip_set_text (row, tooltip->len > 0 ? tooltip->str : NULL);
}

static void
mark_rows (LadderBulletEditor *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, (int) i)) != NULL; i++)
    _ladder_bullet_editor_mark_row (self, GTK_WIDGET (row), i);
}

void
ladder_bullet_editor_set_problems (LadderBulletEditor *self, GPtrArray *problems)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));

  if (problems != NULL)
    g_ptr_array_ref (problems);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems;
  mark_rows (self);
}

/**
 * ladder_bullet_editor_update_groups:
 *
 * Shows anew the text that starts the list's first group, after it was
 * edited elsewhere (the role's Text).
 */
void
ladder_bullet_editor_update_groups (LadderBulletEditor *self)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));

  _ladder_bullet_editor_update_groups (self);
}

gboolean
ladder_bullet_editor_focus_bullet (LadderBulletEditor *self, guint position, int offset, int length)
{
  GtkWidget *view = ladder_bullet_editor_get_entry (self, position);

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), FALSE);

  if (view == NULL)
    return FALSE;

  gtk_widget_grab_focus (view);
  /* The problem's bytes of the bullet's text (which the buffer holds). */
  ladder_text_view_select_bytes (GTK_TEXT_VIEW (view), offset, length);
  return TRUE;
}

static void
update_add_label (LadderBulletEditor *self)
{
  /* An empty list says what belongs in it. */
  gtk_label_set_label (
      self->placeholder,
      self->list == LADDER_BULLET_LIST_REQUIREMENTS
          ? _ ("No requirements yet: add what a person needs to bring to this role.")
          : _ ("No responsibilities yet: add what a person in this role does."));

  adw_button_content_set_label (self->add_content, self->list == LADDER_BULLET_LIST_REQUIREMENTS
                                                       ? _ ("Add _Requirement")
                                                       : _ ("Add Re_sponsibility"));
}

/*
 * A role's rows are made a few at a time: the first ones with the role,
 * so that the frame showing it comes at once, then more after each frame
 * painted until every bullet has its row (a row is a text view and two
 * buttons: making, styling and laying out the 60 rows of a role of 30
 * responsibilities and 30 requirements took most of a 150 ms switch).
 * Whatever needs a row not made yet (the focus moved to it, a problem
 * shown in it, a test) makes them all first: ensure_all_rows().
 *
 * The first rows are those of both lists together: a role's form opens
 * at its top, and below the first responsibilities the requirements are
 * out of sight. The list below gets what the list above left of
 * FIRST_ROWS, and one row at least, so that it never shows its
 * placeholder ("no requirements") for a frame.
 */
#define FIRST_ROWS 8
#define MORE_ROWS 12

static void show_more_rows (LadderBulletEditor *self);

static void
stop_showing_more (LadderBulletEditor *self)
{
  if (self->showing_more != NULL)
    g_signal_handlers_disconnect_by_func (self->showing_more, show_more_rows, self);
  g_clear_weak_pointer (&self->showing_more);
}

static void
show_all_rows (LadderBulletEditor *self)
{
  stop_showing_more (self);
  if (self->shown != NULL)
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static void
show_more_rows (LadderBulletEditor *self)
{
  guint size = gtk_slice_list_model_get_size (self->shown);

  /* Not the frame being painted when the role came: the one showing it. */
  if (gdk_frame_clock_get_frame_counter (self->showing_more) <= self->shown_in_frame)
    return;

  if (size + MORE_ROWS >= g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)))
    show_all_rows (self);
  else
    gtk_slice_list_model_set_size (self->shown, size + MORE_ROWS);
}

static void
ensure_all_rows (LadderBulletEditor *self)
{
  /* By the slice's size, not the clock: a clock gone with its window
   * leaves rows to make. */
  if (self->shown != NULL && gtk_slice_list_model_get_size (self->shown) != G_MAXUINT)
    show_all_rows (self);
}

/* The clock of the window the editor is in, realized: none when it has
 * no window to paint yet, and then its rows are made at once. */
static GdkFrameClock *
window_frame_clock (LadderBulletEditor *self)
{
  GtkNative  *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  return surface != NULL ? gdk_surface_get_frame_clock (surface) : NULL;
}

/* Adds the rows the list box shows to the spare rows, but not one holding
 * the focus: shown again with another bullet, the focus would move from a
 * bullet to another without a person moving it. */
static void
keep_rows (LadderBulletEditor *self)
{
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget     *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
      g_ptr_array_add (self->spare_rows, g_object_ref (row));
}

/* Spare rows for the first role shown, made one at a time while the window
 * has nothing else to do (a row is about a millisecond), so that showing
 * a role after the family's page takes rows made already, as showing one
 * after another role does. */
static gboolean
make_spare_row (gpointer user_data)
{
  LadderBulletEditor *self = user_data;

  if (self->spare_rows->len >= FIRST_ROWS)
    {
      self->making_spares = 0;
      return G_SOURCE_REMOVE;
    }

  g_ptr_array_add (self->spare_rows, g_object_ref_sink (_ladder_bullet_editor_make_row (self)));
  return G_SOURCE_CONTINUE;
}

static void
rebind (LadderBulletEditor *self)
{
  GListModel    *bullets = self->role != NULL ? _ladder_bullet_editor_bullets (self) : NULL;
  GdkFrameClock *clock = window_frame_clock (self);

  stop_showing_more (self);
  /* The rows shown now (or made in advance) show the first bullets of the
   * role coming: a row made is a text view, two buttons and their
   * controllers, made and later freed, where a row kept only takes
   * another text. Enough are kept for the role after. */
  keep_rows (self);
  if (bullets == NULL)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      g_clear_object (&self->shown);
    }
  else
    {
      g_autoptr (GtkSliceListModel) shown = NULL;

      guint first_rows = FIRST_ROWS;

      if (self->above != NULL && self->above->shown != NULL)
        first_rows
            -= MIN (FIRST_ROWS - 1, g_list_model_get_n_items (G_LIST_MODEL (self->above->shown)));

      if (clock != NULL && g_list_model_get_n_items (bullets) > first_rows)
        {
          shown = gtk_slice_list_model_new (g_object_ref (bullets), 0, first_rows);
          g_set_weak_pointer (&self->showing_more, clock);
          self->shown_in_frame = gdk_frame_clock_get_frame_counter (clock);
          g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (show_more_rows), self);
        }
      else
        {
          shown = gtk_slice_list_model_new (g_object_ref (bullets), 0, G_MAXUINT);
        }
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (shown),
                               _ladder_bullet_editor_create_row, self, NULL);
      g_set_object (&self->shown, shown);
    }
  if (self->spare_rows->len > FIRST_ROWS)
    g_ptr_array_remove_range (self->spare_rows, FIRST_ROWS, self->spare_rows->len - FIRST_ROWS);
  else if (bullets == NULL && self->making_spares == 0 && self->spare_rows->len < FIRST_ROWS)
    self->making_spares = g_idle_add_full (G_PRIORITY_LOW, make_spare_row, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bullets.add", self->role != NULL);
  update_add_label (self);
}

void
ladder_bullet_editor_add_bullet (LadderBulletEditor *self, guint position)
{
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("");
  GtkWidget *entry;

  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (self->role != NULL);

  position = MIN (position, g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)));
  ladder_role_insert_bullet (self->role, (LadderBulletList) self->list, position, bullet);

  entry = ladder_bullet_editor_get_entry (self, position);
  if (entry != NULL)
    ladder_scroll_grab_focus_in_sight (entry);
}

static void
on_add (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (widget);

  ladder_bullet_editor_add_bullet (self,
                                   g_list_model_get_n_items (_ladder_bullet_editor_bullets (self)));
}

/* The text view editing the bullet at @position. */
GtkWidget *
ladder_bullet_editor_get_entry (LadderBulletEditor *self, guint position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  ensure_all_rows (self);
  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  return row != NULL ? g_object_get_data (G_OBJECT (row), ROW_TEXT_VIEW) : NULL;
}

/* The row of the bullet at @position: its text view, drag handle and
 * remove button. */
GtkWidget *
ladder_bullet_editor_get_row (LadderBulletEditor *self, guint position)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  ensure_all_rows (self);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, (int) position));
}

static void
ladder_bullet_editor_dispose (GObject *object)
{
  LadderBulletEditor *self = (LadderBulletEditor *) object;

  stop_showing_more (self);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_weak_pointer (&self->above);
  g_clear_object (&self->role);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->row_shortcuts);
  g_clear_handle_id (&self->making_spares, g_source_remove);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_BULLET_EDITOR);

  G_OBJECT_CLASS (ladder_bullet_editor_parent_class)->dispose (object);
}

static void
ladder_bullet_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

    case PROP_LIST:
      g_value_set_int (value, self->list);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderBulletEditor *self = LADDER_BULLET_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_bullet_editor_set_role (self, g_value_get_object (value));
      break;

    case PROP_LIST:
      ladder_bullet_editor_set_list (self, g_value_get_int (value));
      break;

    case PROP_HISTORY:
      ladder_bullet_editor_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_bullet_editor_class_init (LadderBulletEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_bullet_editor_dispose;
  object_class->get_property = ladder_bullet_editor_get_property;
  object_class->set_property = ladder_bullet_editor_set_property;

  properties[PROP_ROLE] = g_param_spec_object (
      "role", NULL, NULL, LADDER_TYPE_ROLE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderBulletEditor:list:
   *
   * Which of the role's lists: a #LadderBulletList value.
   */
  properties[PROP_LIST]
      = g_param_spec_int ("list", NULL, NULL, LADDER_BULLET_LIST_RESPONSIBILITIES,
                          LADDER_BULLET_LIST_REQUIREMENTS, LADDER_BULLET_LIST_RESPONSIBILITIES,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderBulletEditor:history:
   *
   * The document's history, in which each edit across _ladder_bullet_editor_bullets (Enter,
   * Backspace joining two, lines pasted, a deletion) is one step.
   */
  properties[PROP_HISTORY] = g_param_spec_object (
      "history", NULL, NULL, LADDER_TYPE_HISTORY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-bullet-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, box);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, LadderBulletEditor, add_content);
  gtk_widget_class_install_action (widget_class, "bullets.add", NULL, on_add);
  gtk_widget_class_install_action (widget_class, "bullets.move-up", "u", on_move);
  gtk_widget_class_install_action (widget_class, "bullets.move-down", "u", on_move);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_bullet_editor_init (LadderBulletEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->placeholder = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_label_set_xalign (self->placeholder, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_list_box_set_placeholder (self->list_box, GTK_WIDGET (self->placeholder));
  gtk_list_box_set_header_func (self->list_box, _ladder_bullet_row_update_header, self, NULL);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  rebind (self);
}

GtkWidget *
ladder_bullet_editor_new (void)
{
  return g_object_new (LADDER_TYPE_BULLET_EDITOR, NULL);
}

LadderRole *
ladder_bullet_editor_get_role (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  return self->role;
}

void
ladder_bullet_editor_set_role (LadderBulletEditor *self, LadderRole *role)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * ladder_bullet_editor_set_above:
 * @above: (nullable): the list shown above this one
 *
 * Says which list the form shows above this one: a role shown comes with
 * only the rows its first frame can show, for the two lists together.
 */
void
ladder_bullet_editor_set_above (LadderBulletEditor *self, LadderBulletEditor *above)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (above == NULL || LADDER_IS_BULLET_EDITOR (above));

  g_set_weak_pointer (&self->above, above);
}

int
ladder_bullet_editor_get_list (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), 0);

  return self->list;
}

void
ladder_bullet_editor_set_list (LadderBulletEditor *self, int list)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));

  if (self->list == list)
    return;

  self->list = list;
  /* A row names the list it is in: none is kept for another list. */
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_ptr_array_set_size (self->spare_rows, 0);
  rebind (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST]);
}

/* The position of the bullet whose row holds @widget, or -1. */
int
ladder_bullet_editor_locate (LadderBulletEditor *self, GtkWidget *widget)
{
  GtkWidget *row;

  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), -1);

  row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list_box))
    return -1;

  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

LadderHistory *
ladder_bullet_editor_get_history (LadderBulletEditor *self)
{
  g_return_val_if_fail (LADDER_IS_BULLET_EDITOR (self), NULL);

  return self->history;
}

void
ladder_bullet_editor_set_history (LadderBulletEditor *self, LadderHistory *history)
{
  g_return_if_fail (LADDER_IS_BULLET_EDITOR (self));
  g_return_if_fail (history == NULL || LADDER_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}
