package org.cogov.procurement;

/**
 * What a challenge (质疑) is about, which names the moment its window counts from (Order 94 Art. 10): the
 * procurement documents (from their obtaining), a step of the process such as the opening (from that step), or the
 * result (from the end of the result notice's display).
 */
public enum ChallengeKind { DOCUMENTS, PROCESS, RESULT }
