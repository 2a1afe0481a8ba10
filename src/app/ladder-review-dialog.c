/* ladder-review-dialog.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-review-dialog.h"

#include <glib/gi18n.h>

#include "ladder-diff-format.h"
#include "ladder-git-watch.h"

/*
 * "Review Changes": what a reviewer of the change would read before it is
 * committed, by role and bullet (ladder_diff_families): the document as
 * edited against its page (or folder) as the last commit has it, or
 * against the file as last read or saved where there is no commit (and
 * for a Ladder file). Changes are grouped by role, or by the family's
 * section, changed words marked; each change that has a place in the
 * document is a row that jumps there (::change-activated). The list
 * follows the edits made while it is open, and the commits made while it
 * is open, in Ladder or not (`git commit` in a terminal): the last commit
 * is read again each time it compares.
 */

struct _LadderReviewDialog
{
  AdwWindow parent_instance;

  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  GtkSpinner         *spinner;
  AdwStatusPage      *error_page;
  AdwPreferencesPage *changes_page;

  LadderDocument *document;
  GSignalGroup   *history_signals;
  /* The checkout's HEAD, for a page or a family folder. */
  LadderGitWatch *head_watch;
  GCancellable   *cancellable;
  /* AdwPreferencesGroup shown, and the changes they show. */
  GPtrArray *groups;
  GPtrArray *changes;
  guint      refresh_source;
  gboolean   busy;
};

G_DEFINE_FINAL_TYPE (LadderReviewDialog, ladder_review_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Changed words struck through or underlined, on a tint that reads on a
 * light and a dark background alike. */
static const LadderDiffMarkup pango_markup = {
  .deleted_start = "<span strikethrough=\"true\" bgcolor=\"#e01b24\" bgalpha=\"25%\">",
  .deleted_end = "</span>",
  .inserted_start = "<span underline=\"single\" bgcolor=\"#2ec27e\" bgalpha=\"30%\">",
  .inserted_end = "</span>",
  .added_start = "<span bgcolor=\"#2ec27e\" bgalpha=\"30%\">",
  .added_end = "</span>",
  .removed_start = "<span strikethrough=\"true\" bgcolor=\"#e01b24\" bgalpha=\"25%\">",
  .removed_end = "</span>",
  .escape = g_markup_escape_text,
};

static void
set_busy (LadderReviewDialog *self, gboolean busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
clear_groups (LadderReviewDialog *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->changes_page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
}

/* Where a change stands: a role (by title), the family's section, or the
 * family itself. */
static char *
group_title (const LadderChange *change)
{
  int         role = change->new_role >= 0 ? change->new_role : change->old_role;
  const char *title = change->new_role >= 0 ? change->new_role_title : change->old_role_title;
  const char *heading = change->new_section >= 0 ? change->new_heading : change->old_heading;

  if (role >= 0)
    return g_strdup (title != NULL && *title != '\0' ? title : _ ("(untitled role)"));

  if (ladder_change_is_section (change))
    return g_strdup (heading != NULL && *heading != '\0' ? heading : _ ("(untitled section)"));

  return g_strdup (_ ("Job Family"));
}

/* A change has a place to jump to unless what it is about is gone. */
static gboolean
can_show (const LadderChange *change)
{
  if (change->kind == LADDER_CHANGE_ROLE_REMOVED)
    return FALSE;
  if (change->old_role >= 0 && change->new_role < 0)
    return FALSE;

  return TRUE;
}

typedef struct
{
  LadderReviewDialog *dialog;
  guint               index;
} Jump;

static void
jump_free (gpointer data, GClosure *closure)
{
  g_free (data);
}

static void
on_row_activated (AdwActionRow *row, Jump *jump)
{
  g_signal_emit (jump->dialog, signals[CHANGE_ACTIVATED], 0, jump->index);
}

static GtkWidget *
new_row (LadderReviewDialog *self, const LadderChange *change, guint index, const char *group)
{
  g_autofree char *markup = ladder_change_format (change, &pango_markup);
  g_autofree char *plain = ladder_change_format (change, &ladder_diff_markup_plain);
  g_autofree char *location = ladder_change_format_location (change);
  g_autofree char *prefix = g_strconcat (group, " › ", NULL);
  g_autofree char *label = NULL;
  const char      *subtitle = location;
  GtkWidget       *row = adw_action_row_new ();

  /* The group says where already: "Senior Manager › Requirements" is
   * "Requirements" in the Senior Manager's group. */
  if (g_str_has_prefix (location, prefix))
    subtitle = location + strlen (prefix);
  else if (g_str_equal (location, group))
    subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  if (subtitle != NULL)
    {
      /* The row is markup (its title is coloured): the role's title is text. */
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }

  /* Read out as the words, where and what, without the colours: in place
   * of the title label, which would be read after it. */
  label = g_strdup_printf ("%s: %s", location, plain);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  if (can_show (change))
    {
      Jump *jump = g_new0 (Jump, 1);

      jump->dialog = self;
      jump->index = index;
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect_data (row, "activated", G_CALLBACK (on_row_activated), jump, jump_free, 0);
    }

  return row;
}

static void
show_changes (LadderReviewDialog *self, GPtrArray *changes)
{
  g_autoptr (GHashTable) by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  clear_groups (self);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = g_ptr_array_ref (changes);

  if (changes->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      const LadderChange  *change = g_ptr_array_index (changes, i);
      g_autofree char     *title = group_title (change);
      AdwPreferencesGroup *group = g_hash_table_lookup (by_title, title);

      if (group == NULL)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->changes_page, group);
          g_ptr_array_add (self->groups, group);
          g_hash_table_insert (by_title, g_strdup (title), group);
        }

      adw_preferences_group_add (group, new_row (self, change, i, title));
    }

  gtk_stack_set_visible_child_name (self->stack, "changes");
}

static void
set_subtitle (LadderReviewDialog *self, LadderDocumentBase base, guint n_changes)
{
  g_autofree char *subtitle = NULL;

  /* Whole sentences, one per comparison: languages inflect what follows
   * "against" differently. */
  if (base == LADDER_DOCUMENT_BASE_HEAD)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* TRANSLATORS: the review's subtitle */
                                             "%u change against the last commit",
                                             "%u changes against the last commit", n_changes),
                                n_changes);
  else if (base == LADDER_DOCUMENT_BASE_DISK)
    subtitle
        = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* TRANSLATORS: the review's subtitle */
                                        "%u change against the file as last saved",
                                        "%u changes against the file as last saved", n_changes),
                           n_changes);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* TRANSLATORS: the review's subtitle */
                                             "%u change against an empty job family",
                                             "%u changes against an empty job family", n_changes),
                                n_changes);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
on_base_loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (LadderReviewDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFamily) base_family = NULL;
  g_autoptr (GPtrArray) changes = NULL;
  LadderDocumentBase base = LADDER_DOCUMENT_BASE_NONE;

  base_family = ladder_document_load_base_finish (LADDER_DOCUMENT (object), result, &base, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (base_family == NULL)
    {
      /* Pango markup; the message may quote a path holding "&" or "<". */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_busy (self, FALSE);
      return;
    }

  changes = ladder_diff_families (base_family, ladder_document_get_family (self->document));
  set_subtitle (self, base, changes->len);
  show_changes (self, changes);
  set_busy (self, FALSE);
}

/* The folder whose checkout's last commit the document is compared with:
 * a page's, or a family folder itself; none for a Ladder file. Looked up
 * at each comparison, since Save As moves a document. */
static void
watch_head (LadderReviewDialog *self)
{
  GFile *file = self->document != NULL ? ladder_document_get_file (self->document) : NULL;
  g_autoptr (GFile) folder = NULL;

  if (file != NULL && ladder_document_get_kind (self->document) == LADDER_DOCUMENT_FOLDER)
    folder = g_object_ref (file);
  else if (file != NULL && ladder_document_get_kind (self->document) == LADDER_DOCUMENT_PAGE)
    folder = g_file_get_parent (file);

  ladder_git_watch_set_folder (self->head_watch, folder);
}

/* Compares again, with the version read again too: a save changes what a
 * Ladder file is compared with, a commit what a page is. */
static void
refresh (LadderReviewDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->document == NULL)
    return;

  watch_head (self);

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  if (self->changes == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  ladder_document_load_base_async (self->document, self->cancellable, on_base_loaded,
                                   g_object_ref (self));
}

static gboolean
on_refresh_idle (gpointer user_data)
{
  LadderReviewDialog *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Edits come in bursts (a word typed, a group of steps), and so do git's
 * writes: one comparison once they are done. */
static void
queue_refresh (LadderReviewDialog *self)
{
  /* The list shown is already out of date: busy until it is compared again. */
  set_busy (self, TRUE);
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, on_refresh_idle, self, NULL);
}

static void
ladder_review_dialog_dispose (GObject *object)
{
  LadderReviewDialog *self = (LadderReviewDialog *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->history_signals);
  if (self->head_watch != NULL)
    g_signal_handlers_disconnect_by_data (self->head_watch, self);
  g_clear_object (&self->head_watch);
  g_clear_object (&self->document);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ladder_review_dialog_parent_class)->dispose (object);
}

static void
ladder_review_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderReviewDialog *self = LADDER_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_review_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderReviewDialog *self = LADDER_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_review_dialog_constructed (GObject *object)
{
  LadderReviewDialog *self = LADDER_REVIEW_DIALOG (object);

  G_OBJECT_CLASS (ladder_review_dialog_parent_class)->constructed (object);

  if (self->document != NULL)
    g_signal_group_set_target (self->history_signals, ladder_document_get_history (self->document));
  refresh (self);
}

static void
ladder_review_dialog_class_init (LadderReviewDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_review_dialog_dispose;
  object_class->get_property = ladder_review_dialog_get_property;
  object_class->set_property = ladder_review_dialog_set_property;
  object_class->constructed = ladder_review_dialog_constructed;

  properties[PROP_DOCUMENT]
      = g_param_spec_object ("document", NULL, NULL, LADDER_TYPE_DOCUMENT,
                             (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * LadderReviewDialog:busy:
   *
   * Whether the comparison is being made (again).
   */
  properties[PROP_BUSY] = g_param_spec_boolean (
      "busy", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderReviewDialog::change-activated:
   * @index: the change's position in ladder_review_dialog_get_changes()
   *
   * The person chose a change: the window shows where it is.
   */
  signals[CHANGE_ACTIVATED]
      = g_signal_new ("change-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                      NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderReviewDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadderReviewDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LadderReviewDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadderReviewDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, LadderReviewDialog, changes_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ladder_review_dialog_init (LadderReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
  self->history_signals = g_signal_group_new (LADDER_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify::state",
                                  G_CALLBACK (queue_refresh), self);
  self->head_watch = ladder_git_watch_new ();
  g_signal_connect_swapped (self->head_watch, "changed", G_CALLBACK (queue_refresh), self);
}

LadderReviewDialog *
ladder_review_dialog_new (GtkWindow *parent, LadderDocument *document)
{
  g_return_val_if_fail (LADDER_IS_DOCUMENT (document), NULL);

  return g_object_new (LADDER_TYPE_REVIEW_DIALOG, "transient-for", parent, "document", document,
                       NULL);
}

/**
 * ladder_review_dialog_compare_again:
 *
 * Compares the document again with the version it is reviewed against,
 * read again: for a review shown again, whatever was seen to change.
 */
void
ladder_review_dialog_compare_again (LadderReviewDialog *self)
{
  g_return_if_fail (LADDER_IS_REVIEW_DIALOG (self));

  queue_refresh (self);
}

LadderDocument *
ladder_review_dialog_get_document (LadderReviewDialog *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_DIALOG (self), NULL);

  return self->document;
}

/**
 * ladder_review_dialog_get_changes:
 *
 * Returns: (transfer none) (nullable) (element-type LadderChange): the
 *   changes shown, in order; %NULL until the first comparison is done
 */
GPtrArray *
ladder_review_dialog_get_changes (LadderReviewDialog *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_DIALOG (self), NULL);

  return self->changes;
}

gboolean
ladder_review_dialog_get_busy (LadderReviewDialog *self)
{
  g_return_val_if_fail (LADDER_IS_REVIEW_DIALOG (self), FALSE);

  return self->busy;
}
