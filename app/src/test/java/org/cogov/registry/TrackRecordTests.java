package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrackRecordTests {

    @Test
    void theNewestFactComesFirstWhicheverModuleGaveIt() {
        TrackRecord record = new TrackRecord(List.of(
                new TrackRecord.Entry("track.contract", LocalDate.of(2024, 3, 1), "行业统计 2024", "delivered", null),
                new TrackRecord.Entry("track.grade", LocalDate.of(2025, 1, 20), "绩效评价", "优", null),
                new TrackRecord.Entry("track.complaint", LocalDate.of(2023, 7, 9), "投诉", "upheld", null)));

        assertThat(record.entries()).extracting(TrackRecord.Entry::date)
                .containsExactly(LocalDate.of(2025, 1, 20), LocalDate.of(2024, 3, 1), LocalDate.of(2023, 7, 9));
    }
}
