package org.cogov.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text that the data holds in both languages (a negative-list item, a rule's legal basis), as an
 * argument of a message: the message source picks the reader's language through the {@code bilingual}
 * message, {@code {0}} in Chinese and {@code {1}} in English, wherever the message is resolved.
 */
public record Bilingual(String zh, String en) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] { "bilingual" };
    }

    @Override
    public Object[] getArguments() {
        return new Object[] { zh, en };
    }

    @Override
    public String getDefaultMessage() {
        return zh;
    }
}
