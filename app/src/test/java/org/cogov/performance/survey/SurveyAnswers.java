package org.cogov.performance.survey;

import java.util.ArrayList;
import java.util.List;

import org.cogov.contracting.ContractId;
import org.cogov.shared.Actor;
import org.springframework.context.ApplicationContext;

/** The beneficiaries of a contract answer its survey, for the tests of what their answers change. */
public final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /**
     * The purchaser issues a token for each answer, and the beneficiaries answer: so many satisfied (5), so many not (2),
     * so many who cannot say; the first writes a comment.
     */
    public static void answer(ApplicationContext context, Actor purchaser, ContractId id, int satisfied, int dissatisfied, int cannotSay) {
        Surveys surveys = context.getBean(Surveys.class);
        int count = satisfied + dissatisfied + cannotSay;
        List<String> tokens = new ArrayList<>();
        while (tokens.size() < count) {
            tokens.addAll(surveys.issue(purchaser, id, Math.min(Surveys.BATCH_MAX, count - tokens.size()), null).tokens());
        }
        for (int i = 0; i < count; i++) {
            surveys.answer(tokens.get(i), i < satisfied ? Integer.valueOf(5) : i < satisfied + dissatisfied ? Integer.valueOf(2) : null,
                    i == 0 ? "老师讲得很清楚" : null);
        }
    }
}
