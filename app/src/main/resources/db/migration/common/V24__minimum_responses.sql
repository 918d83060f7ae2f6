-- How many bids standing at the deadline a lot needs to be opened (RULES.md "Minimum responses"): fewer,
-- and it is not opened but fails with its notice. A consultation for purchase of services may go on with
-- two (its own rule, since the rule table keys rows by method only).
INSERT INTO procurement_rule (id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en) VALUES
    (25, 'MIN_RESPONSES', 'PUBLIC_TENDER', NULL, DATE '2003-01-01', 3, 'COUNT',
        '《中华人民共和国政府采购法》第三十六条；财政部令第87号第四十三条（待核实）',
        'Government Procurement Law Art. 36; MoF Order No. 87 Art. 43 (verify)'),
    (26, 'MIN_RESPONSES', 'INVITATIONAL_TENDER', NULL, DATE '2003-01-01', 3, 'COUNT',
        '《中华人民共和国政府采购法》第三十六条；财政部令第87号第四十三条（待核实）',
        'Government Procurement Law Art. 36; MoF Order No. 87 Art. 43 (verify)'),
    (27, 'MIN_RESPONSES', 'COMPETITIVE_NEGOTIATION', NULL, DATE '2014-02-01', 3, 'COUNT',
        '《中华人民共和国政府采购法》第三十八条；财政部令第74号（待核实）',
        'Government Procurement Law Art. 38; MoF Order No. 74 (verify)'),
    (28, 'MIN_RESPONSES', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-01-01', 3, 'COUNT',
        '《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）（待核实）',
        'Circular Caiku [2014] No. 214 (verify)'),
    (29, 'MIN_RESPONSES_PURCHASE_OF_SERVICES', 'COMPETITIVE_CONSULTATION', NULL, DATE '2015-06-30', 2, 'COUNT',
        '《关于政府采购竞争性磋商采购方式管理暂行办法有关问题的补充通知》（财库〔2015〕124号）',
        'Circular Caiku [2015] No. 124 (purchase of services: two suppliers suffice)'),
    (30, 'MIN_RESPONSES', 'SINGLE_SOURCE', NULL, DATE '2003-01-01', 1, 'COUNT',
        '《中华人民共和国政府采购法》第三十一条', 'Government Procurement Law Art. 31');
