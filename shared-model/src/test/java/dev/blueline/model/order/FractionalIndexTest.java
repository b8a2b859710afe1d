package dev.blueline.model.order;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static dev.blueline.model.order.FractionalIndex.MAX_LENGTH;
import static dev.blueline.model.order.FractionalIndex.after;
import static dev.blueline.model.order.FractionalIndex.before;
import static dev.blueline.model.order.FractionalIndex.between;
import static dev.blueline.model.order.FractionalIndex.first;
import static dev.blueline.model.order.FractionalIndex.isValid;
import static dev.blueline.model.order.FractionalIndex.spread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FractionalIndexTest {

    /** The largest integer part: head 'z' and 26 digits 'z'. Nothing but fractions come after it. */
    private static final String LARGEST_INT = "z".repeat(27);
    /** The smallest integer part: head 'A' and 26 digits '0'. Nothing at all sorts before it. */
    private static final String SMALLEST_INT = "A" + "0".repeat(26);

    /** Asserts {@code key} is valid and strictly between {@code lo} and {@code hi} (null: open end). */
    private static void assertStrictlyBetween(String lo, String key, String hi, Supplier<String> context) {
        assertThat(isValid(key)).as(() -> "key '" + key + "' is valid; " + context.get()).isTrue();
        if (lo != null) assertThat(key).as(context).isGreaterThan(lo);
        if (hi != null) assertThat(key).as(context).isLessThan(hi);
    }

    private static void assertStrictlyBetween(String lo, String key, String hi) {
        assertStrictlyBetween(lo, key, hi, () -> "between " + lo + " and " + hi);
    }

    private static int maxLength(List<String> keys) {
        return keys.stream().mapToInt(String::length).max().orElse(0);
    }

    @Nested
    class FirstAfterBefore {

        @Test
        void first_key_is_valid_and_the_same_as_between_two_open_ends() {
            assertThat(isValid(first())).isTrue();
            assertThat(between(null, null)).isEqualTo(first());
        }

        @Test
        void after_and_before_the_first_key_sort_around_it() {
            assertStrictlyBetween(first(), after(first()), null);
            assertStrictlyBetween(null, before(first()), first());
        }

        @Test
        void before_first_steps_to_the_negative_side_without_a_fraction() {
            // first() is "a0": the integer just below it is the largest one-digit negative integer
            assertThat(before(first())).isEqualTo("Zz");
            assertThat(after("Zz")).isEqualTo(first());
        }

        @Test
        void appending_steps_the_integer_part_and_rolls_over_to_a_longer_head() {
            assertThat(after("a0")).isEqualTo("a1");
            assertThat(after("az")).isEqualTo("b00");
            assertThat(after("b0z")).isEqualTo("b10");
            assertThat(after("A" + "z".repeat(26))).isEqualTo("B" + "0".repeat(25));
        }

        @Test
        void prepending_steps_the_integer_part_and_rolls_over_to_a_longer_head() {
            assertThat(before("a1")).isEqualTo("a0");
            assertThat(before("b00")).isEqualTo("az");
            assertThat(before("Z0")).isEqualTo("Yzz");
            assertThat(before("B" + "0".repeat(25))).isEqualTo("A" + "z".repeat(26));
        }

        @Test
        void after_a_key_with_a_fraction_is_the_next_integer() {
            assertThat(after("a0V")).isEqualTo("a1");
            assertStrictlyBetween(null, before("a1V"), "a1V");
            assertThat(before("a1V")).hasSize(2);
        }

        @Test
        void a_chain_of_appends_and_prepends_stays_sorted() {
            List<String> keys = new ArrayList<>(List.of(first()));
            for (int i = 0; i < 500; i++) {
                keys.add(after(keys.getLast()));
                keys.addFirst(before(keys.getFirst()));
            }
            List<String> sorted = new ArrayList<>(keys);
            Collections.sort(sorted);
            assertThat(keys).isEqualTo(sorted).doesNotHaveDuplicates();
            assertThat(keys).allMatch(FractionalIndex::isValid);
        }
    }

    @Nested
    class Between {

        @ParameterizedTest(name = "between {0} and {1}")
        @CsvSource({
                "a0, a1",
                "a0, a0V",
                "a0, a01",
                "a0, a001",
                "a0V, a0W",
                "a0z, a1",
                "a0, b00",
                "az, b00",
                "Zz, a0",
                "Z0, Z1",
                "a0V, a0V1",
                "a0zzzz, a1",
                "a0, a00001",
                "Yzz, Z0",
                "a5, zzzzzzzzzzzzzzzzzzzzzzzzzzz",
        })
        void the_key_is_valid_and_strictly_between_its_neighbours(String lo, String hi) {
            assertStrictlyBetween(lo, between(lo, hi), hi);
        }

        @Test
        void an_open_end_on_either_side_works() {
            assertStrictlyBetween("a5", between("a5", null), null);
            assertStrictlyBetween(null, between(null, "a5"), "a5");
        }

        @Test
        void when_the_next_integer_fits_it_is_preferred_over_a_fraction() {
            // short keys for the common case "insert between two far apart siblings"
            assertThat(between("a0", "a5")).isEqualTo("a1");
        }

        @Test
        void keys_that_are_out_of_order_or_equal_are_refused_naming_both() {
            assertThatThrownBy(() -> between("a1", "a0"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a1").hasMessageContaining("a0").hasMessageContaining("order");
            assertThatThrownBy(() -> between("a1", "a1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a1");
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest(name = "valid: {0}")
        @ValueSource(strings = {"a0", "az", "b00", "Zz", "Z0", "a0V", "a0001", "z" + "zzzzzzzzzzzzzzzzzzzzzzzzzz", "A" + "00000000000000000000000000"})
        void well_formed_keys_are_valid(String key) {
            assertThat(isValid(key)).isTrue();
        }

        @ParameterizedTest(name = "invalid: \"{0}\"")
        @ValueSource(strings = {"", "a", "b0", "0a", "!0", "a0!", "a0 ", " a0", "a0-", "a00", "a0V0", "aé"})
        void malformed_keys_are_invalid(String key) {
            assertThat(isValid(key)).isFalse();
        }

        @Test
        void null_and_overlong_keys_are_invalid() {
            assertThat(isValid(null)).isFalse();
            assertThat(isValid("a0" + "1".repeat(MAX_LENGTH - 2))).isTrue();
            assertThat(isValid("a0" + "1".repeat(MAX_LENGTH - 1))).isFalse();
        }

        @ParameterizedTest(name = "\"{0}\" is refused because {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "a10   | must not end in 0",
                "a0V0  | must not end in 0",
                "b0    | digits after it",
                "a     | digits after it",
                "!0    | must start with a letter",
                "0a    | must start with a letter",
                "a0!   | '!' at 2",
        })
        void a_malformed_key_is_refused_with_the_key_and_the_reason(String key, String reason) {
            assertThatThrownBy(() -> between(key, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(key).hasMessageContaining(reason);
            assertThatThrownBy(() -> between(null, key))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(key);
            assertThatThrownBy(() -> after(key)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> before(key)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void an_empty_key_is_refused() {
            assertThatThrownBy(() -> after("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        }

        @Test
        void an_overlong_key_is_refused_without_echoing_all_of_it() {
            String huge = "a0" + "1".repeat(100_000);
            assertThatThrownBy(() -> after(huge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(MAX_LENGTH))
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        }
    }

    @Nested
    class IntegerLimits {

        @Test
        void after_the_largest_integer_uses_a_fraction_and_keeps_going() {
            String k = LARGEST_INT;
            for (int i = 0; i < 200; i++) {
                String next = after(k);
                assertStrictlyBetween(k, next, null);
                assertThat(next).startsWith(LARGEST_INT);
                k = next;
            }
            // fractions grow by about one character per six appends past the end
            assertThat(k.length()).isLessThan(LARGEST_INT.length() + 40);
        }

        @Test
        void between_just_below_the_largest_integer_and_it() {
            String lo = "z".repeat(26) + "y";
            assertThat(after(lo)).isEqualTo(LARGEST_INT);
            assertStrictlyBetween(lo, between(lo, LARGEST_INT), LARGEST_INT);
        }

        @Test
        void nothing_sorts_before_the_smallest_integer_so_it_is_refused_clearly() {
            assertThatThrownBy(() -> before(SMALLEST_INT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nothing sorts before");
            assertThatThrownBy(() -> between(null, SMALLEST_INT)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void before_the_smallest_integer_with_a_fraction_is_a_smaller_fraction() {
            String hi = SMALLEST_INT + "V";
            String k = hi;
            for (int i = 0; i < 100; i++) {
                String prev = before(k);
                assertStrictlyBetween(SMALLEST_INT, prev, k, () -> "before " + hi);
                k = prev;
            }
        }

        @Test
        void before_a_key_just_above_the_smallest_integer_does_not_run_off_the_end() {
            String justAbove = "A" + "0".repeat(25) + "1";
            assertThat(before(justAbove)).isEqualTo(SMALLEST_INT);
            assertStrictlyBetween(SMALLEST_INT, between(SMALLEST_INT, justAbove), justAbove);
        }

        @Test
        void after_and_before_a_huge_key_are_short() {
            String huge = "a0" + "1".repeat(MAX_LENGTH - 2);
            assertThat(after(huge)).isEqualTo("a1");
            assertThat(before(huge)).isEqualTo("Zz");
        }

        @Test
        void no_key_longer_than_the_limit_is_ever_returned_the_caller_is_told_to_respace() {
            String lo = "a0" + "1".repeat(MAX_LENGTH - 3);
            String hi = lo + "1"; // MAX_LENGTH long, right next to lo: the midpoint needs MAX_LENGTH + 1 characters
            assertThatThrownBy(() -> between(lo, hi))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("re-space")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
            String top = LARGEST_INT + "z".repeat(MAX_LENGTH - LARGEST_INT.length());
            assertThatThrownBy(() -> after(top)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Spread {

        @Test
        void zero_or_negative_count_gives_no_keys() {
            assertThat(spread("a0", "a1", 0)).isEmpty();
            assertThat(spread("a0", "a1", -3)).isEmpty();
        }

        @Test
        void one_key_is_the_same_as_between() {
            assertThat(spread("a0", "a1", 1)).containsExactly(between("a0", "a1"));
        }

        @ParameterizedTest(name = "spread({0}, {1}, 1000)")
        @CsvSource(nullValues = "-", value = {"a0, a1", "-, -", "-, a0", "a0, -", "Zz, a0", "a0, a0V1", "a0z, a1"})
        void keys_are_ascending_distinct_valid_and_inside_the_bounds(String lo, String hi) {
            List<String> keys = spread(lo, hi, 1000);
            assertThat(keys).hasSize(1000).doesNotHaveDuplicates();
            for (int i = 0; i < keys.size(); i++) {
                String prev = i == 0 ? lo : keys.get(i - 1);
                String key = keys.get(i);
                int index = i;
                assertStrictlyBetween(prev, key, hi, () -> "key " + index + " of spread(" + lo + ", " + hi + ")");
            }
        }

        @Test
        void bounds_out_of_order_are_refused() {
            assertThatThrownBy(() -> spread("a1", "a0", 3)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class KeyLength {

        @Test
        void ten_thousand_appends_stay_short() {
            String k = first();
            for (int i = 0; i < 10_000; i++) k = after(k);
            // measured: 4 characters ("c1aI"); 62 + 62² integers fit in 2 and 3 characters
            assertThat(k).hasSizeLessThanOrEqualTo(4);
        }

        @Test
        void a_thousand_appends_stay_three_characters_as_documented() {
            String k = first();
            for (int i = 0; i < 1_000; i++) k = after(k);
            assertThat(k).hasSize(3);
        }

        @Test
        void ten_thousand_prepends_stay_short() {
            String k = first();
            for (int i = 0; i < 10_000; i++) k = before(k);
            // measured: 4 characters ("XyPi")
            assertThat(k).hasSizeLessThanOrEqualTo(4);
        }

        /*
         * Inserting again and again at the same spot halves the gap each time; in base 62 a midpoint
         * scheme cannot do better than one more character per log2(62) ≈ 6 inserts. Integer halving of
         * digits costs a little more (5 inserts per character towards the lower neighbour, 6 towards the
         * upper one). Measured for 1,000 inserts: 202 characters pushing down onto a fixed lower key,
         * 169 pushing up onto a fixed upper key, 169 alternating. Far below MAX_LENGTH (1,000).
         */
        @Test
        void a_thousand_inserts_right_after_a_fixed_key() {
            String fixed = "a0";
            String recent = "a1";
            int longest = 0;
            for (int i = 0; i < 1_000; i++) {
                String key = between(fixed, recent);
                assertStrictlyBetween(fixed, key, recent);
                recent = key;
                longest = Math.max(longest, key.length());
            }
            assertThat(longest).isLessThanOrEqualTo(2 + 1_000 / 5 + 3);
        }

        @Test
        void a_thousand_inserts_right_before_a_fixed_key() {
            String fixed = "a1";
            String recent = "a0";
            int longest = 0;
            for (int i = 0; i < 1_000; i++) {
                String key = between(recent, fixed);
                assertStrictlyBetween(recent, key, fixed);
                recent = key;
                longest = Math.max(longest, key.length());
            }
            assertThat(longest).isLessThanOrEqualTo(2 + 1_000 / 6 + 3);
        }

        @Test
        void a_thousand_inserts_alternating_between_closing_in_from_below_and_above() {
            String lo = "a0";
            String hi = "a1";
            int longest = 0;
            for (int i = 0; i < 1_000; i++) {
                String key = between(lo, hi);
                assertStrictlyBetween(lo, key, hi);
                if (i % 2 == 0) lo = key;
                else hi = key;
                longest = Math.max(longest, key.length());
            }
            assertThat(longest).isLessThanOrEqualTo(2 + 1_000 / 6 + 3);
        }

        @Test
        void spreading_a_thousand_keys_bisects_and_stays_short() {
            // measured: 4 characters between neighbours a0 and a1 (10 halvings ≈ 2 base-62 digits),
            // 4 with open ends, 3 when only appending
            assertThat(maxLength(spread("a0", "a1", 1_000))).isLessThanOrEqualTo(5);
            assertThat(maxLength(spread(null, null, 1_000))).isLessThanOrEqualTo(4);
            assertThat(maxLength(spread("a0", null, 1_000))).isLessThanOrEqualTo(3);
        }
    }

    /** Property tests: many random inserts with fixed seeds; a failure names the seed to replay it. */
    @Nested
    class RandomInserts {

        private static final long[] SEEDS = {1, 2, 3, 42, 1234, 20260101, 987654321, -7};

        @Test
        void inserting_between_adjacent_neighbours_keeps_the_list_sorted_and_valid() {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                List<String> list = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    int pos = random.nextInt(list.size() + 1);
                    String lo = pos == 0 ? null : list.get(pos - 1);
                    String hi = pos == list.size() ? null : list.get(pos);
                    String key = between(lo, hi);
                    long s = seed;
                    int step = i;
                    assertStrictlyBetween(lo, key, hi, () -> "seed " + s + ", insert " + step + " at " + pos);
                    list.add(pos, key);
                }
                assertSortedAndValid(list, seed);
            }
        }

        @Test
        void inserting_between_any_two_keys_lands_in_the_right_place() {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                List<String> list = new ArrayList<>(List.of(first()));
                for (int n = 0; n < 2_000; n++) {
                    int i = random.nextInt(list.size() + 1) - 1;           // -1: open start
                    int j = i + 1 + random.nextInt(list.size() - i);        // list.size(): open end
                    String lo = i < 0 ? null : list.get(i);
                    String hi = j == list.size() ? null : list.get(j);
                    if (lo != null && lo.equals(hi)) continue; // equal keys can happen, see below
                    String key = between(lo, hi);
                    long s = seed;
                    assertStrictlyBetween(lo, key, hi, () -> "seed " + s + ": between " + lo + " and " + hi);
                    int at = Collections.binarySearch(list, key);
                    // a fresh key between two far-apart bounds may equal a key already in between:
                    // allowed, siblings with equal keys sort by id
                    list.add(at >= 0 ? at : -at - 1, key);
                }
                assertThat(list).as("seed %d: sorted", seed).isSorted();
                assertThat(list).as("seed %d: all valid", seed).allMatch(FractionalIndex::isValid);
            }
        }

        @Test
        void a_hot_spot_where_most_inserts_happen_stays_sorted_and_valid() {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                List<String> list = new ArrayList<>(spread(null, null, 10));
                for (int i = 0; i < 1_500; i++) {
                    // three out of four inserts go next to the middle of the list
                    int pos = random.nextInt(4) == 0
                            ? random.nextInt(list.size() + 1)
                            : Math.clamp(list.size() / 2 + random.nextInt(3) - 1, 0, list.size());
                    String lo = pos == 0 ? null : list.get(pos - 1);
                    String hi = pos == list.size() ? null : list.get(pos);
                    list.add(pos, between(lo, hi));
                }
                assertSortedAndValid(list, seed);
                assertThat(maxLength(list)).as("seed %d: longest key", seed).isLessThan(MAX_LENGTH);
            }
        }

        @Test
        void spreading_into_random_gaps_keeps_the_list_sorted() {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                List<String> list = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int pos = random.nextInt(list.size() + 1);
                    String lo = pos == 0 ? null : list.get(pos - 1);
                    String hi = pos == list.size() ? null : list.get(pos);
                    list.addAll(pos, spread(lo, hi, 1 + random.nextInt(20)));
                }
                assertSortedAndValid(list, seed);
            }
        }

        private static void assertSortedAndValid(List<String> list, long seed) {
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i - 1)).as("seed %d: keys %d and %d in order", seed, i - 1, i).isLessThan(list.get(i));
            }
            for (String key : list) {
                assertThat(isValid(key)).as("seed %d: key '%s' valid", seed, key).isTrue();
            }
        }
    }
}
