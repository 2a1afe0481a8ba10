/* test-model.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <ladder-bullet.h>
#include <ladder-family.h>
#include <ladder-role.h>
#include <ladder-section.h>

/* Helpers */

static void
count_cb (guint *count)
{
  (*count)++;
}

static gulong
count_notify (gpointer object, const char *property, guint *count)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  return g_signal_connect_swapped (object, detailed, G_CALLBACK (count_cb), count);
}

static gulong
count_signal (gpointer object, const char *signal, guint *count)
{
  return g_signal_connect_swapped (object, signal, G_CALLBACK (count_cb), count);
}

static void
assert_default_string (gpointer object, const char *property, const char *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_assert_nonnull (pspec);
  g_assert_cmpstr (g_value_get_string (g_param_spec_get_default_value (pspec)), ==, value);
}

typedef const char *(*StringGetter) (gpointer object);
typedef void (*StringSetter) (gpointer object, const char *value);

/* Checks a string property through its C accessors and through the
 * GObject property API: one notify per real change, none otherwise. */
static void
check_string_property (gpointer object, const char *property, StringGetter get, StringSetter set)
{
  guint            notified = 0;
  gulong           handler = count_notify (object, property, &notified);
  g_autofree char *value = NULL;

  set (object, "First value");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (get (object), ==, "First value");

  set (object, "First value");
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (object, property, "Second: *value* with \"quotes\"", NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (get (object), ==, "Second: *value* with \"quotes\"");

  g_object_set (object, property, "Second: *value* with \"quotes\"", NULL);
  g_assert_cmpuint (notified, ==, 2);

  g_object_get (object, property, &value, NULL);
  g_assert_cmpstr (value, ==, "Second: *value* with \"quotes\"");

  /* NULL stands for the empty string. */
  set (object, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpstr (get (object), ==, "");

  set (object, "");
  g_assert_cmpuint (notified, ==, 3);

  g_signal_handler_disconnect (object, handler);
}

/* Records every items-changed of a model and checks it against a shadow
 * copy of the list, so that each emission describes the change exactly. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  GListModel *model;
  GPtrArray  *shadow;
  GArray     *changes;
  gulong      handler;
} ModelWatch;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, ModelWatch *watch)
{
  Change change = { position, removed, added };

  g_assert_cmpuint (position + removed, <=, watch->shadow->len);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, watch->shadow->len - removed + added);

  g_ptr_array_remove_range (watch->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->shadow, position + i, g_list_model_get_item (model, position + i));

  g_array_append_val (watch->changes, change);
}

static void
model_watch_init (ModelWatch *watch, GListModel *model)
{
  guint n_items = g_list_model_get_n_items (model);

  watch->model = model;
  watch->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  watch->changes = g_array_new (FALSE, FALSE, sizeof (Change));

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (watch->shadow, g_list_model_get_item (model, i));

  watch->handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), watch);
}

static void
model_watch_clear (ModelWatch *watch)
{
  g_signal_handler_disconnect (watch->model, watch->handler);
  g_ptr_array_unref (watch->shadow);
  g_array_unref (watch->changes);
}

/* The shadow list matches the model, item for item. */
static void
model_watch_check (ModelWatch *watch)
{
  guint n_items = g_list_model_get_n_items (watch->model);

  g_assert_cmpuint (watch->shadow->len, ==, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (watch->model, i);

      g_assert_true (item == g_ptr_array_index (watch->shadow, i));
    }
}

/* Exactly one emission since the last reset, with these values. */
static void
model_watch_assert_one (ModelWatch *watch, guint position, guint removed, guint added)
{
  Change *change;

  model_watch_check (watch);
  g_assert_cmpuint (watch->changes->len, ==, 1);

  change = &g_array_index (watch->changes, Change, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);

  g_array_set_size (watch->changes, 0);
}

/* A move reaches the same list through one or more emissions. */
static void
model_watch_assert_changed (ModelWatch *watch)
{
  model_watch_check (watch);
  g_assert_cmpuint (watch->changes->len, >=, 1);

  g_array_set_size (watch->changes, 0);
}

static gpointer
item_at (GListModel *model, guint position)
{
  g_autoptr (GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);

  /* The model keeps its own reference. */
  return item;
}

static const char *
bullet_text_at (GListModel *model, guint position)
{
  return ladder_bullet_get_text (item_at (model, position));
}

static const char *
role_title_at (GListModel *model, guint position)
{
  return ladder_role_get_title (item_at (model, position));
}

static const char *
section_heading_at (GListModel *model, guint position)
{
  return ladder_section_get_heading (item_at (model, position));
}

/* LadderBullet */

static void
test_bullet_new (void)
{
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Own the roadmap");
  g_autoptr (LadderBullet) empty = ladder_bullet_new (NULL);

  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Own the roadmap");
  g_assert_cmpstr (ladder_bullet_get_text (empty), ==, "");

  g_assert_finalize_object (g_steal_pointer (&bullet));
  g_assert_finalize_object (g_steal_pointer (&empty));
}

static void
test_bullet_properties (void)
{
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Text");

  check_string_property (bullet, "text", (StringGetter) ladder_bullet_get_text,
                         (StringSetter) ladder_bullet_set_text);

  g_assert_finalize_object (g_steal_pointer (&bullet));
}

static void
test_bullet_copy (void)
{
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Mentor *others*");
  g_autoptr (LadderBullet) copy = NULL;

  ladder_bullet_set_prefix (bullet, "Technical:", "\n");
  copy = ladder_bullet_copy (bullet);

  g_assert_true (copy != bullet);
  g_assert_cmpstr (ladder_bullet_get_text (copy), ==, "Mentor *others*");
  g_assert_cmpstr (ladder_bullet_get_prefix (copy), ==, "Technical:");
  g_assert_cmpstr (ladder_bullet_get_prefix_gap (copy), ==, "\n");

  ladder_bullet_set_text (copy, "Changed");
  g_assert_cmpstr (ladder_bullet_get_text (bullet), ==, "Mentor *others*");

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&bullet));
}

/* LadderSection */

static void
test_section_new (void)
{
  g_autoptr (LadderSection) section
      = ladder_section_new (LADDER_SECTION_CAREER_LADDER, "Career Ladder", 2);
  g_autoptr (LadderSection) clamped = ladder_section_new (LADDER_SECTION_OTHER, NULL, 12);

  g_assert_cmpint (ladder_section_get_kind (section), ==, LADDER_SECTION_CAREER_LADDER);
  g_assert_cmpstr (ladder_section_get_heading (section), ==, "Career Ladder");
  g_assert_cmpint (ladder_section_get_level (section), ==, 2);
  g_assert_cmpstr (ladder_section_get_body (section), ==, "");

  g_assert_cmpstr (ladder_section_get_heading (clamped), ==, "");
  g_assert_cmpint (ladder_section_get_level (clamped), ==, 6);

  g_assert_finalize_object (g_steal_pointer (&section));
  g_assert_finalize_object (g_steal_pointer (&clamped));
}

static void
test_section_properties (void)
{
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, "Heading", 2);
  guint             notified = 0;
  gulong            handler;
  LadderSectionKind kind;
  int               level;

  check_string_property (section, "heading", (StringGetter) ladder_section_get_heading,
                         (StringSetter) ladder_section_set_heading);
  check_string_property (section, "body", (StringGetter) ladder_section_get_body,
                         (StringSetter) ladder_section_set_body);

  /* kind */
  handler = count_notify (section, "kind", &notified);

  ladder_section_set_kind (section, LADDER_SECTION_HIRING_PROCESS);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (ladder_section_get_kind (section), ==, LADDER_SECTION_HIRING_PROCESS);

  ladder_section_set_kind (section, LADDER_SECTION_HIRING_PROCESS);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (section, "kind", LADDER_SECTION_SPECIALTIES, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_set (section, "kind", LADDER_SECTION_SPECIALTIES, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (section, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, LADDER_SECTION_SPECIALTIES);
  g_assert_cmpint (ladder_section_get_kind (section), ==, LADDER_SECTION_SPECIALTIES);

  g_signal_handler_disconnect (section, handler);

  /* level */
  notified = 0;
  handler = count_notify (section, "level", &notified);

  ladder_section_set_level (section, 4);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (ladder_section_get_level (section), ==, 4);

  ladder_section_set_level (section, 4);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (section, "level", 0, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_set (section, "level", 0, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (section, "level", &level, NULL);
  g_assert_cmpint (level, ==, 0);

  ladder_section_set_level (section, 6);
  g_assert_cmpuint (notified, ==, 3);

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*level*failed*");
  ladder_section_set_level (section, 7);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*level*failed*");
  ladder_section_set_level (section, -1);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpint (ladder_section_get_level (section), ==, 6);

  g_signal_handler_disconnect (section, handler);

  g_assert_finalize_object (g_steal_pointer (&section));
}

static void
test_section_kind_strings (void)
{
  LadderSectionKind kind = LADDER_SECTION_OTHER;

  g_assert_cmpstr (ladder_section_kind_to_string (LADDER_SECTION_PERFORMANCE_INDICATORS), ==,
                   "performance-indicators");
  g_assert_true (ladder_section_kind_from_string ("career-ladder", &kind));
  g_assert_cmpint (kind, ==, LADDER_SECTION_CAREER_LADDER);
  g_assert_false (ladder_section_kind_from_string ("career ladder", &kind));
  g_assert_cmpint (kind, ==, LADDER_SECTION_CAREER_LADDER);

  g_assert_cmpint (ladder_section_kind_for_heading ("Something else"), ==, LADDER_SECTION_OTHER);
  g_assert_cmpint (ladder_section_kind_for_heading (NULL), ==, LADDER_SECTION_OTHER);
}

/* LadderRole */

static void
test_role_new (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Backend Engineer");

  g_assert_cmpstr (ladder_role_get_title (role), ==, "Backend Engineer");
  g_assert_cmpstr (ladder_role_get_reports_to (role), ==, "");
  g_assert_cmpstr (ladder_role_get_reports_to_link (role), ==, "");
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, LADDER_GRADE_NONE);
  g_assert_cmpstr (ladder_role_get_extends (role), ==, "");

  /* The getters agree with the properties' defaults. */
  assert_default_string (role, "reports-to", ladder_role_get_reports_to (role));
  assert_default_string (role, "reports-to-link", ladder_role_get_reports_to_link (role));
  assert_default_string (role, "grade-link", ladder_role_get_grade_link (role));
  assert_default_string (role, "extends", ladder_role_get_extends (role));
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_responsibilities (role)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_requirements (role)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_subsections (role)), ==, 0);
  g_assert_true (ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES)
                 == ladder_role_get_responsibilities (role));
  g_assert_true (ladder_role_get_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS)
                 == ladder_role_get_requirements (role));
  g_assert_true (g_list_model_get_item_type (ladder_role_get_responsibilities (role))
                 == LADDER_TYPE_BULLET);
  g_assert_true (g_list_model_get_item_type (ladder_role_get_subsections (role))
                 == LADDER_TYPE_SECTION);

  g_assert_finalize_object (g_steal_pointer (&role));
}

static void
test_role_properties (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Role");

  check_string_property (role, "title", (StringGetter) ladder_role_get_title,
                         (StringSetter) ladder_role_set_title);
  check_string_property (role, "reports-to", (StringGetter) ladder_role_get_reports_to,
                         (StringSetter) ladder_role_set_reports_to);
  check_string_property (role, "reports-to-link", (StringGetter) ladder_role_get_reports_to_link,
                         (StringSetter) ladder_role_set_reports_to_link);
  check_string_property (role, "grade-link", (StringGetter) ladder_role_get_grade_link,
                         (StringSetter) ladder_role_set_grade_link);
  check_string_property (role, "extends", (StringGetter) ladder_role_get_extends,
                         (StringSetter) ladder_role_set_extends);

  g_assert_finalize_object (g_steal_pointer (&role));
}

static void
test_role_job_grade (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Role");
  guint notified = 0;
  guint changed = 0;
  int   grade;

  count_notify (role, "job-grade", &notified);
  count_signal (role, "changed", &changed);

  ladder_role_set_job_grade (role, 7);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 7);

  ladder_role_set_job_grade (role, 7);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  g_object_set (role, "job-grade", LADDER_GRADE_MAX, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_set (role, "job-grade", LADDER_GRADE_MAX, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (role, "job-grade", &grade, NULL);
  g_assert_cmpint (grade, ==, LADDER_GRADE_MAX);

  ladder_role_set_job_grade (role, 0);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 0);

  ladder_role_set_job_grade (role, LADDER_GRADE_NONE);
  g_assert_cmpuint (notified, ==, 4);
  g_assert_cmpint (ladder_role_get_job_grade (role), ==, LADDER_GRADE_NONE);

  ladder_role_set_job_grade (role, 12);
  g_assert_cmpuint (notified, ==, 5);

  /* Out of range: refused, nothing changes. */
  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*grade*failed*");
  ladder_role_set_job_grade (role, LADDER_GRADE_MAX + 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*grade*failed*");
  ladder_role_set_job_grade (role, -2);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*grade*failed*");
  ladder_role_set_job_grade (role, G_MININT);
  g_test_assert_expected_messages ();

  /* Through the property API, GObject validates the range itself. */
  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*out of range*job-grade*");
  g_object_set (role, "job-grade", 100, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpint (ladder_role_get_job_grade (role), ==, 12);
  g_assert_cmpuint (notified, ==, 5);
  g_assert_cmpuint (changed, ==, 5);

  g_assert_finalize_object (g_steal_pointer (&role));
}

static void
test_role_changed (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Role");
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("One");
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, "More", 4);
  guint changed = 0;

  count_signal (role, "changed", &changed);

  ladder_role_set_title (role, "Other role");
  g_assert_cmpuint (changed, ==, 1);

  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, bullet);
  g_assert_cmpuint (changed, ==, 2);

  ladder_bullet_set_text (bullet, "Two");
  g_assert_cmpuint (changed, ==, 3);

  ladder_role_insert_subsection (role, 0, section);
  g_assert_cmpuint (changed, ==, 4);

  ladder_section_set_body (section, "Body");
  g_assert_cmpuint (changed, ==, 5);

  ladder_role_set_heading_level (role, 2);
  g_assert_cmpuint (changed, ==, 6);
  ladder_role_set_heading_level (role, 2);
  g_assert_cmpuint (changed, ==, 6);

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, 0);
  g_assert_cmpuint (changed, ==, 7);
  ladder_bullet_set_text (bullet, "Three");
  g_assert_cmpuint (changed, ==, 7);

  ladder_role_remove_subsection (role, 0);
  g_assert_cmpuint (changed, ==, 8);
  ladder_section_set_body (section, "Other body");
  g_assert_cmpuint (changed, ==, 8);

  g_assert_finalize_object (g_steal_pointer (&role));
  g_assert_finalize_object (g_steal_pointer (&bullet));
  g_assert_finalize_object (g_steal_pointer (&section));
}

static void
test_role_bullets (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Role");
  GListModel *model = ladder_role_get_bullets (role, LADDER_BULLET_LIST_RESPONSIBILITIES);
  GListModel *other = ladder_role_get_bullets (role, LADDER_BULLET_LIST_REQUIREMENTS);
  g_autoptr (LadderBullet) a = ladder_bullet_new ("a");
  g_autoptr (LadderBullet) b = ladder_bullet_new ("b");
  g_autoptr (LadderBullet) c = ladder_bullet_new ("c");
  g_autoptr (LadderBullet) d = ladder_bullet_new ("d");
  ModelWatch watch;
  ModelWatch other_watch;

  model_watch_init (&watch, model);
  model_watch_init (&other_watch, other);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, b);
  model_watch_assert_one (&watch, 0, 0, 1);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, a);
  model_watch_assert_one (&watch, 0, 0, 1);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2, d);
  model_watch_assert_one (&watch, 2, 0, 1);

  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2, c);
  model_watch_assert_one (&watch, 2, 0, 1);

  g_assert_cmpstr (bullet_text_at (model, 0), ==, "a");
  g_assert_cmpstr (bullet_text_at (model, 1), ==, "b");
  g_assert_cmpstr (bullet_text_at (model, 2), ==, "c");
  g_assert_cmpstr (bullet_text_at (model, 3), ==, "d");

  /* a b c d -> b c a d */
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, 2);
  model_watch_assert_changed (&watch);
  g_assert_true (item_at (model, 0) == b);
  g_assert_true (item_at (model, 1) == c);
  g_assert_true (item_at (model, 2) == a);
  g_assert_true (item_at (model, 3) == d);

  /* b c a d -> d b c a */
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3, 0);
  model_watch_assert_changed (&watch);
  g_assert_true (item_at (model, 0) == d);
  g_assert_true (item_at (model, 1) == b);
  g_assert_true (item_at (model, 2) == c);
  g_assert_true (item_at (model, 3) == a);

  /* Moving in place changes nothing. */
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1, 1);
  g_assert_cmpuint (watch.changes->len, ==, 0);

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 1);
  model_watch_assert_one (&watch, 1, 1, 0);
  g_assert_true (item_at (model, 1) == c);

  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 2);
  model_watch_assert_one (&watch, 2, 1, 0);

  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, b);
  model_watch_assert_one (&watch, 2, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* Out of range positions are refused. */
  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_role_insert_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 4, a);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 3);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  ladder_role_move_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0, 3);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (watch.changes->len, ==, 0);
  model_watch_check (&watch);

  /* The other list was never touched. */
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, a);
  model_watch_assert_one (&other_watch, 0, 0, 1);
  g_assert_cmpuint (watch.changes->len, ==, 0);

  model_watch_clear (&watch);
  model_watch_clear (&other_watch);

  g_assert_finalize_object (g_steal_pointer (&role));
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
  g_assert_finalize_object (g_steal_pointer (&c));
  g_assert_finalize_object (g_steal_pointer (&d));
}

static void
test_role_subsections (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Role");
  GListModel *model = ladder_role_get_subsections (role);
  g_autoptr (LadderSection) first = ladder_section_new (LADDER_SECTION_OTHER, "First", 4);
  g_autoptr (LadderSection) second = ladder_section_new (LADDER_SECTION_OTHER, "Second", 4);
  ModelWatch watch;

  model_watch_init (&watch, model);

  ladder_role_insert_subsection (role, 0, second);
  model_watch_assert_one (&watch, 0, 0, 1);
  ladder_role_insert_subsection (role, 0, first);
  model_watch_assert_one (&watch, 0, 0, 1);
  g_assert_cmpstr (section_heading_at (model, 0), ==, "First");
  g_assert_cmpstr (section_heading_at (model, 1), ==, "Second");

  ladder_role_remove_subsection (role, 1);
  model_watch_assert_one (&watch, 1, 1, 0);
  ladder_role_remove_subsection (role, 0);
  model_watch_assert_one (&watch, 0, 1, 0);

  model_watch_clear (&watch);

  g_assert_finalize_object (g_steal_pointer (&role));
  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

static void
test_role_copy (void)
{
  g_autoptr (LadderRole) role = ladder_role_new ("Senior Engineer");
  g_autoptr (LadderRole) copy = NULL;
  g_autoptr (LadderBullet) responsibility = ladder_bullet_new ("Lead *projects*");
  g_autoptr (LadderBullet) second = g_object_new (LADDER_TYPE_BULLET, "text", "Second", NULL);
  g_autoptr (LadderBullet) requirement = ladder_bullet_new ("Five years");
  g_autoptr (LadderSection) subsection = ladder_section_new (LADDER_SECTION_OTHER, "Specialty", 4);
  g_autoptr (GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_slot_free);
  GListModel *lists[2];
  GListModel *copy_lists[2];

  ladder_role_set_reports_to (role, "Engineering Manager");
  ladder_role_set_reports_to_link (role, "/job-families/manager/");
  ladder_role_set_job_grade (role, 8);
  ladder_role_set_grade_link (role, "/grades/");
  ladder_role_set_extends (role, "Engineer");
  ladder_role_set_heading_level (role, 2);
  ladder_role_set_region (role, 1);
  ladder_section_set_body (subsection, "Some *text*.");
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, responsibility);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, second);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, requirement);
  ladder_role_insert_subsection (role, 0, subsection);
  g_ptr_array_add (slots, ladder_slot_new (LADDER_SLOT_REPORTS_TO));
  g_ptr_array_add (slots, ladder_slot_new (LADDER_SLOT_RESPONSIBILITIES));
  ladder_role_take_slots (role, g_ptr_array_ref (slots));

  copy = ladder_role_copy (role);

  g_assert_true (copy != role);
  g_assert_cmpstr (ladder_role_get_title (copy), ==, "Senior Engineer");
  g_assert_cmpstr (ladder_role_get_reports_to (copy), ==, "Engineering Manager");
  g_assert_cmpstr (ladder_role_get_reports_to_link (copy), ==, "/job-families/manager/");
  g_assert_cmpint (ladder_role_get_job_grade (copy), ==, 8);
  g_assert_cmpstr (ladder_role_get_grade_link (copy), ==, "/grades/");
  g_assert_cmpstr (ladder_role_get_extends (copy), ==, "Engineer");
  g_assert_cmpint (ladder_role_get_heading_level (copy), ==, 2);
  g_assert_cmpuint (ladder_role_get_region (copy), ==, 1);

  g_assert_nonnull (ladder_role_get_slots (copy));
  g_assert_true (ladder_role_get_slots (copy) != ladder_role_get_slots (role));
  g_assert_cmpuint (ladder_role_get_slots (copy)->len, ==, 2);
  g_assert_cmpint (((LadderSlot *) g_ptr_array_index (ladder_role_get_slots (copy), 0))->kind, ==,
                   LADDER_SLOT_REPORTS_TO);

  lists[0] = ladder_role_get_responsibilities (role);
  lists[1] = ladder_role_get_requirements (role);
  copy_lists[0] = ladder_role_get_responsibilities (copy);
  copy_lists[1] = ladder_role_get_requirements (copy);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n_items = g_list_model_get_n_items (lists[l]);

      g_assert_true (copy_lists[l] != lists[l]);
      g_assert_cmpuint (g_list_model_get_n_items (copy_lists[l]), ==, n_items);

      for (guint i = 0; i < n_items; i++)
        {
          LadderBullet *original = item_at (lists[l], i);
          LadderBullet *copied = item_at (copy_lists[l], i);

          g_assert_true (original != copied);
          g_assert_cmpstr (ladder_bullet_get_text (original), ==, ladder_bullet_get_text (copied));
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (ladder_role_get_subsections (copy)), ==, 1);
  {
    LadderSection *copied = item_at (ladder_role_get_subsections (copy), 0);

    g_assert_true (copied != subsection);
    g_assert_cmpint (ladder_section_get_kind (copied), ==, LADDER_SECTION_OTHER);
    g_assert_cmpstr (ladder_section_get_heading (copied), ==, "Specialty");
    g_assert_cmpint (ladder_section_get_level (copied), ==, 4);
    g_assert_cmpstr (ladder_section_get_body (copied), ==, "Some *text*.");
  }

  /* The copy is independent, and its own watches work. */
  {
    guint         copy_changed = 0;
    guint         role_changed = 0;
    LadderBullet *copied = item_at (copy_lists[0], 0);

    count_signal (copy, "changed", &copy_changed);
    count_signal (role, "changed", &role_changed);

    ladder_bullet_set_text (copied, "Changed in the copy");
    g_assert_cmpuint (copy_changed, ==, 1);
    g_assert_cmpuint (role_changed, ==, 0);
    g_assert_cmpstr (ladder_bullet_get_text (responsibility), ==, "Lead *projects*");

    ladder_bullet_set_text (responsibility, "Changed in the original");
    g_assert_cmpuint (copy_changed, ==, 1);
    g_assert_cmpuint (role_changed, ==, 1);
  }

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&role));
  g_assert_finalize_object (g_steal_pointer (&responsibility));
  g_assert_finalize_object (g_steal_pointer (&second));
  g_assert_finalize_object (g_steal_pointer (&requirement));
  g_assert_finalize_object (g_steal_pointer (&subsection));
}

/* LadderFamily */

static void
test_family_new (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  GListModel *sections = ladder_family_get_sections (family);

  g_assert_cmpstr (ladder_family_get_title (family), ==, "");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "");
  g_assert_cmpstr (ladder_family_get_intro (family), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (ladder_family_get_roles (family)), ==, 0);
  g_assert_true (g_list_model_get_item_type (ladder_family_get_roles (family)) == LADDER_TYPE_ROLE);
  g_assert_true (g_list_model_get_item_type (sections) == LADDER_TYPE_SECTION);

  /* A place for the roles. */
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 1);
  g_assert_cmpint (ladder_section_get_kind (item_at (sections, 0)), ==, LADDER_SECTION_ROLES);

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_family_properties (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autofree char *title = NULL;

  check_string_property (family, "title", (StringGetter) ladder_family_get_title,
                         (StringSetter) ladder_family_set_title);
  check_string_property (family, "summary", (StringGetter) ladder_family_get_summary,
                         (StringSetter) ladder_family_set_summary);
  check_string_property (family, "intro", (StringGetter) ladder_family_get_intro,
                         (StringSetter) ladder_family_set_intro);

  /* Title and summary live in the front matter. */
  ladder_family_set_title (family, "Product: \"Design\" # 1");
  title = ladder_family_dup_front_matter_value (family, "title");
  g_assert_cmpstr (title, ==, "Product: \"Design\" # 1");

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_family_front_matter (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  guint            title_notified = 0;
  guint            summary_notified = 0;
  g_autofree char *weight = NULL;

  count_notify (family, "title", &title_notified);
  count_notify (family, "summary", &summary_notified);

  ladder_family_append_front_matter_yaml (family, "title", " 'Product Designer'");
  ladder_family_append_front_matter_yaml (family, NULL, "# a comment line");
  ladder_family_append_front_matter_yaml (family, "weight", " 10");

  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (summary_notified, ==, 0);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "Product Designer");

  /* The title keeps its single quotes. */
  ladder_family_set_title (family, "It's Product Design");
  g_assert_cmpuint (title_notified, ==, 2);
  g_assert_cmpstr (ladder_family_get_title (family), ==, "It's Product Design");
  g_assert_cmpstr (ladder_family_get_front_matter_key (family, 0), ==, "title");
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 0), ==, " 'It''s Product Design'");

  /* A new summary goes right after the title, as `description:`, as the
   * template and most pages write it. */
  ladder_family_set_summary (family, "Designers: who they are");
  g_assert_cmpuint (summary_notified, ==, 1);
  g_assert_cmpuint (ladder_family_get_n_front_matter (family), ==, 4);
  g_assert_cmpstr (ladder_family_get_front_matter_key (family, 0), ==, "title");
  g_assert_cmpstr (ladder_family_get_front_matter_key (family, 1), ==, "description");
  g_assert_null (ladder_family_get_front_matter_key (family, 2));
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 2), ==, "# a comment line");
  g_assert_cmpstr (ladder_family_get_front_matter_key (family, 3), ==, "weight");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "Designers: who they are");

  {
    g_autofree char *summary = ladder_family_dup_front_matter_value (family, "description");

    g_assert_cmpstr (summary, ==, "Designers: who they are");
  }

  /* Entries nobody edited stay as written. */
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 3), ==, " 10");

  /* Setting the value it already has rewrites nothing. */
  ladder_family_set_title (family, "It's Product Design");
  g_assert_cmpuint (title_notified, ==, 2);
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 0), ==, " 'It''s Product Design'");

  /* An unknown key: a plain entry stays plain when it can. */
  ladder_family_set_front_matter_value (family, "weight", "twenty");
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 3), ==, " twenty");
  weight = ladder_family_dup_front_matter_value (family, "weight");
  g_assert_cmpstr (weight, ==, "twenty");

  /* A NULL value removes the entry. */
  ladder_family_set_front_matter_value (family, "weight", NULL);
  g_assert_cmpuint (ladder_family_get_n_front_matter (family), ==, 3);
  g_assert_null (ladder_family_dup_front_matter_value (family, "weight"));

  /* Removing the summary entry clears the property. */
  ladder_family_set_front_matter_value (family, "description", NULL);
  g_assert_cmpuint (summary_notified, ==, 2);
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "");

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_family_description (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();

  /* A page without a summary has its description stand for it. */
  ladder_family_append_front_matter_yaml (family, "title", " Designer");
  ladder_family_append_front_matter_yaml (family, "description", " \"What designers do\"");
  g_assert_cmpstr (ladder_family_get_summary (family), ==, "What designers do");

  ladder_family_set_summary (family, "What designers do now");
  g_assert_cmpuint (ladder_family_get_n_front_matter (family), ==, 2);
  g_assert_cmpstr (ladder_family_get_front_matter_key (family, 1), ==, "description");
  g_assert_cmpstr (ladder_family_get_front_matter_yaml (family, 1), ==,
                   " \"What designers do now\"");

  g_assert_finalize_object (g_steal_pointer (&family));
}

static void
test_family_roles (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  GListModel *model = ladder_family_get_roles (family);
  g_autoptr (LadderRole) junior = ladder_role_new ("Junior");
  g_autoptr (LadderRole) intermediate = ladder_role_new ("Intermediate");
  g_autoptr (LadderRole) senior = ladder_role_new ("Senior");
  ModelWatch watch;

  model_watch_init (&watch, model);

  ladder_family_append_role (family, senior);
  model_watch_assert_one (&watch, 0, 0, 1);
  ladder_family_insert_role (family, 0, junior);
  model_watch_assert_one (&watch, 0, 0, 1);
  ladder_family_insert_role (family, 1, intermediate);
  model_watch_assert_one (&watch, 1, 0, 1);

  g_assert_cmpstr (role_title_at (model, 0), ==, "Junior");
  g_assert_cmpstr (role_title_at (model, 1), ==, "Intermediate");
  g_assert_cmpstr (role_title_at (model, 2), ==, "Senior");

  ladder_family_move_role (family, 2, 0);
  model_watch_assert_changed (&watch);
  g_assert_cmpstr (role_title_at (model, 0), ==, "Senior");
  g_assert_cmpstr (role_title_at (model, 1), ==, "Junior");
  g_assert_cmpstr (role_title_at (model, 2), ==, "Intermediate");

  ladder_family_move_role (family, 0, 2);
  model_watch_assert_changed (&watch);
  g_assert_cmpstr (role_title_at (model, 0), ==, "Junior");
  g_assert_cmpstr (role_title_at (model, 1), ==, "Intermediate");
  g_assert_cmpstr (role_title_at (model, 2), ==, "Senior");

  ladder_family_move_role (family, 1, 1);
  g_assert_cmpuint (watch.changes->len, ==, 0);

  ladder_family_remove_role (family, 1);
  model_watch_assert_one (&watch, 1, 1, 0);
  g_assert_cmpstr (role_title_at (model, 1), ==, "Senior");

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_family_insert_role (family, 3, intermediate);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_family_remove_role (family, 2);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  ladder_family_move_role (family, 2, 0);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (watch.changes->len, ==, 0);
  model_watch_check (&watch);

  model_watch_clear (&watch);

  g_assert_finalize_object (g_steal_pointer (&family));
  g_assert_finalize_object (g_steal_pointer (&junior));
  g_assert_finalize_object (g_steal_pointer (&intermediate));
  g_assert_finalize_object (g_steal_pointer (&senior));
}

static void
test_family_sections (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  GListModel *model = ladder_family_get_sections (family);
  g_autoptr (LadderSection) roles = g_object_ref (item_at (model, 0));
  g_autoptr (LadderSection) ladder
      = ladder_section_new (LADDER_SECTION_CAREER_LADDER, "Career Ladder", 2);
  g_autoptr (LadderSection) hiring
      = ladder_section_new (LADDER_SECTION_HIRING_PROCESS, "Hiring Process", 2);
  ModelWatch watch;

  model_watch_init (&watch, model);

  ladder_family_append_section (family, hiring);
  model_watch_assert_one (&watch, 1, 0, 1);
  ladder_family_insert_section (family, 1, ladder);
  model_watch_assert_one (&watch, 1, 0, 1);

  g_assert_true (item_at (model, 0) == roles);
  g_assert_cmpstr (section_heading_at (model, 1), ==, "Career Ladder");
  g_assert_cmpstr (section_heading_at (model, 2), ==, "Hiring Process");

  /* roles ladder hiring -> ladder hiring roles */
  ladder_family_move_section (family, 0, 2);
  model_watch_assert_changed (&watch);
  g_assert_true (item_at (model, 0) == ladder);
  g_assert_true (item_at (model, 1) == hiring);
  g_assert_true (item_at (model, 2) == roles);

  /* -> roles ladder hiring */
  ladder_family_move_section (family, 2, 0);
  model_watch_assert_changed (&watch);
  g_assert_true (item_at (model, 0) == roles);
  g_assert_true (item_at (model, 1) == ladder);
  g_assert_true (item_at (model, 2) == hiring);

  ladder_family_remove_section (family, 1);
  model_watch_assert_one (&watch, 1, 1, 0);
  ladder_family_remove_section (family, 1);
  model_watch_assert_one (&watch, 1, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_family_remove_section (family, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Ladder", G_LOG_LEVEL_CRITICAL, "*assertion*position*failed*");
  ladder_family_insert_section (family, 2, ladder);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (watch.changes->len, ==, 0);

  model_watch_clear (&watch);

  g_assert_finalize_object (g_steal_pointer (&family));
  g_assert_finalize_object (g_steal_pointer (&roles));
  g_assert_finalize_object (g_steal_pointer (&ladder));
  g_assert_finalize_object (g_steal_pointer (&hiring));
}

static void
test_family_changed (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderRole) role = ladder_role_new ("Engineer");
  g_autoptr (LadderRole) other = ladder_role_new ("Senior Engineer");
  g_autoptr (LadderBullet) bullet = ladder_bullet_new ("Write code");
  g_autoptr (LadderBullet) requirement = ladder_bullet_new ("Know C");
  g_autoptr (LadderBullet) empty = g_object_new (LADDER_TYPE_BULLET, NULL);
  g_autoptr (LadderSection) section = ladder_section_new (LADDER_SECTION_OTHER, "Notes", 2);
  g_autoptr (LadderSection) subsection = ladder_section_new (LADDER_SECTION_OTHER, "Specialty", 4);
  guint changed = 0;

  /* Filled in before it joins the family. */
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, bullet);
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_REQUIREMENTS, requirement);
  ladder_role_insert_subsection (role, 0, subsection);

  count_signal (family, "changed", &changed);

  /* Adding a role */
  ladder_family_append_role (family, role);
  g_assert_cmpuint (changed, ==, 1);

  /* A bullet deep inside a role */
  ladder_bullet_set_text (bullet, "Write good code");
  g_assert_cmpuint (changed, ==, 2);

  ladder_bullet_set_text (requirement, "Know C well");
  g_assert_cmpuint (changed, ==, 3);

  /* Unchanged values change nothing. */
  ladder_bullet_set_text (bullet, "Write good code");
  g_assert_cmpuint (changed, ==, 3);

  /* A role property */
  ladder_role_set_reports_to (role, "Engineering Manager");
  g_assert_cmpuint (changed, ==, 4);

  ladder_role_set_job_grade (role, 6);
  g_assert_cmpuint (changed, ==, 5);

  g_object_set (role, "title", "Staff Engineer", NULL);
  g_assert_cmpuint (changed, ==, 6);

  /* A role's subsection */
  ladder_section_set_body (subsection, "Body");
  g_assert_cmpuint (changed, ==, 7);

  /* A section edit */
  ladder_family_append_section (family, section);
  g_assert_cmpuint (changed, ==, 8);

  ladder_section_set_heading (section, "More notes");
  g_assert_cmpuint (changed, ==, 9);

  ladder_section_set_body (section, "Some *text*");
  g_assert_cmpuint (changed, ==, 10);

  /* A bullet added to a role in the family */
  ladder_role_append_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, empty);
  g_assert_cmpuint (changed, ==, 11);

  /* The intro */
  ladder_family_set_intro (family, "Intro");
  g_assert_cmpuint (changed, ==, 12);

  /* A second role: both are watched. */
  ladder_family_insert_role (family, 0, other);
  g_assert_cmpuint (changed, ==, 13);
  ladder_role_set_extends (other, "Engineer");
  g_assert_cmpuint (changed, ==, 14);
  ladder_bullet_set_text (bullet, "Write great code");
  g_assert_cmpuint (changed, ==, 15);

  /* A removed bullet is no longer watched. */
  ladder_role_remove_bullet (role, LADDER_BULLET_LIST_RESPONSIBILITIES, 0);
  g_assert_cmpuint (changed, ==, 16);
  ladder_bullet_set_text (bullet, "Edited after removal");
  g_assert_cmpuint (changed, ==, 16);

  /* Nor a removed section or role. */
  ladder_family_remove_section (family, 1);
  g_assert_cmpuint (changed, ==, 17);
  ladder_section_set_heading (section, "Edited after removal");
  g_assert_cmpuint (changed, ==, 17);

  ladder_family_remove_role (family, 1);
  g_assert_cmpuint (changed, ==, 18);
  ladder_role_set_title (role, "Edited after removal");
  ladder_bullet_set_text (requirement, "Edited after removal");
  ladder_section_set_body (subsection, "Edited after removal");
  g_assert_cmpuint (changed, ==, 18);

  /* The remaining role still is. */
  ladder_role_set_title (other, "Principal Engineer");
  g_assert_cmpuint (changed, ==, 19);

  g_assert_finalize_object (g_steal_pointer (&family));
  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&role));
  g_assert_finalize_object (g_steal_pointer (&bullet));
  g_assert_finalize_object (g_steal_pointer (&requirement));
  g_assert_finalize_object (g_steal_pointer (&empty));
  g_assert_finalize_object (g_steal_pointer (&section));
  g_assert_finalize_object (g_steal_pointer (&subsection));
}

static void
test_family_find_role (void)
{
  g_autoptr (LadderFamily) family = ladder_family_new ();
  g_autoptr (LadderRole) manager = ladder_role_new ("Engineering Manager");
  g_autoptr (LadderRole) director = ladder_role_new ("Ärztliche Direktorin");

  ladder_family_append_role (family, manager);
  ladder_family_append_role (family, director);

  g_assert_true (ladder_family_find_role (family, "Engineering Manager") == manager);
  g_assert_true (ladder_family_find_role (family, "engineering manager") == manager);
  g_assert_true (ladder_family_find_role (family, "ENGINEERING MANAGER") == manager);
  g_assert_true (ladder_family_find_role (family, "eNgInEeRiNg MaNaGeR") == manager);
  g_assert_true (ladder_family_find_role (family, "ärztliche direktorin") == director);
  g_assert_true (ladder_family_find_role (family, "ÄRZTLICHE DIREKTORIN") == director);

  g_assert_null (ladder_family_find_role (family, "Engineering"));
  g_assert_null (ladder_family_find_role (family, "Engineering Manager "));
  g_assert_null (ladder_family_find_role (family, ""));
  g_assert_null (ladder_family_find_role (family, NULL));

  /* It follows renames. */
  ladder_role_set_title (manager, "Senior Engineering Manager");
  g_assert_null (ladder_family_find_role (family, "Engineering Manager"));
  g_assert_true (ladder_family_find_role (family, "senior engineering manager") == manager);

  g_assert_finalize_object (g_steal_pointer (&family));
  g_assert_finalize_object (g_steal_pointer (&manager));
  g_assert_finalize_object (g_steal_pointer (&director));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/bullet/new", test_bullet_new);
  g_test_add_func ("/model/bullet/properties", test_bullet_properties);
  g_test_add_func ("/model/bullet/copy", test_bullet_copy);
  g_test_add_func ("/model/section/new", test_section_new);
  g_test_add_func ("/model/section/properties", test_section_properties);
  g_test_add_func ("/model/section/kind-strings", test_section_kind_strings);
  g_test_add_func ("/model/role/new", test_role_new);
  g_test_add_func ("/model/role/properties", test_role_properties);
  g_test_add_func ("/model/role/job-grade", test_role_job_grade);
  g_test_add_func ("/model/role/changed", test_role_changed);
  g_test_add_func ("/model/role/bullets", test_role_bullets);
  g_test_add_func ("/model/role/subsections", test_role_subsections);
  g_test_add_func ("/model/role/copy", test_role_copy);
  g_test_add_func ("/model/family/new", test_family_new);
  g_test_add_func ("/model/family/properties", test_family_properties);
  g_test_add_func ("/model/family/roles", test_family_roles);
  g_test_add_func ("/model/family/sections", test_family_sections);
  g_test_add_func ("/model/family/changed", test_family_changed);
  g_test_add_func ("/model/family/find-role", test_family_find_role);
  g_test_add_func ("/model/family/front-matter", test_family_front_matter);
  g_test_add_func ("/model/family/description", test_family_description);

  return g_test_run ();
}
