package org.cogov.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.cogov.procurement.Procedure;
import org.cogov.procurement.Publication;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.shared.Actor;
import org.cogov.shared.document.DocumentContent;
import org.cogov.shared.document.Documents;

/**
 * Sealed bids waiting in the demo's open tender, made through the real path: each association
 * obtains the documents, then prepares its bid on the platform, which seals it on arrival to the
 * tender's opening key. The custodians' passphrases in the README open them once the deadline passes.
 */
final class DemoBids {

    private DemoBids() {
    }

    static void record(Publication publication, Documents documents, Bidding bidding, Actor logistics, Actor software) {
        publication.published().stream()
                .filter(p -> p.state() == Procedure.State.TENDERING && p.title().startsWith(DemoProcedures.FIRST))
                .filter(bidding::open)
                .findFirst().ifPresent(tender -> {
                    Publication.PublishedProcedure published = publication.published(tender.id()).orElseThrow();
                    obtain(documents, published.documents(), logistics);
                    obtain(documents, published.documents(), software);
                    bid(bidding, logistics, tender, 1, "1520000.00", "物流行业运行监测方案：依托会员企业月报，覆盖重点物流园区与冷链企业。");
                    bid(bidding, logistics, tender, 2, "1150000.00", "年度物流业发展分析报告：数据来源、研究框架与进度安排。");
                    bid(bidding, software, tender, 1, "1580000.00", "以数据平台采集商贸企业经营数据，按月形成监测报告。");
                    // The software association lowers its price on lot 1: its second version counts.
                    bid(bidding, software, tender, 1, "1490000.00", "以数据平台采集商贸企业经营数据，按月形成监测报告；增加季度专题分析。");
                });
    }

    private static void obtain(Documents documents, List<TenderDocument> tenderDocuments, Actor provider) {
        for (TenderDocument document : tenderDocuments) {
            DocumentContent content = documents.open(provider, document.document());
            try (InputStream stream = content.stream()) {
                stream.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void bid(Bidding bidding, Actor provider, Procedure tender, int lot, String price, String proposal) {
        bidding.submit(provider, tender.id(), lot, new Bidding.Proposal(new BigDecimal(price), proposal, List.of()), true, null);
    }
}
