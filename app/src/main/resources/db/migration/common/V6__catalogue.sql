-- The guidance catalogue (政府购买服务指导性目录) and the negative list (负面清单) of MoF Order No. 102.
--
-- The catalogue's rows are seeded here, not by the application at startup: the codes are the names
-- that purchase requests, notices and OCDS classifications will carry, so every deployment of a
-- release must start from the same codes on both databases, and a migration runs exactly once.
-- After that the finance department keeps the catalogue through the application, where each change
-- is audited; nothing here re-inserts an item it renamed or closed.

-- A code is two digits per level (01, 0101, 010101, 01010101), so its first two digits name the
-- top-level category. The parent is derived from the code; it is stored as well so that the
-- database itself refuses an item whose category does not exist.
CREATE TABLE catalogue_item (
    code           VARCHAR(8)               NOT NULL PRIMARY KEY,
    parent_code    VARCHAR(8)               REFERENCES catalogue_item (code),
    name_zh        VARCHAR(200)             NOT NULL,
    name_en        VARCHAR(200)             NOT NULL,
    description    VARCHAR(2000),
    kind           VARCHAR(20)              NOT NULL DEFAULT 'SERVICE',
    -- An item that a province lists only to mark it excluded names the negative-list item it falls under.
    excluded_as    INT,
    effective_from DATE                     NOT NULL,
    -- The last day in force; null while the item is open-ended.
    effective_to   DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INT                      NOT NULL DEFAULT 0,
    CONSTRAINT catalogue_item_code_digits CHECK (LENGTH(code) IN (2, 4, 6, 8) AND LTRIM(code, '0123456789') = ''),
    CONSTRAINT catalogue_item_parent_from_code CHECK (
        (LENGTH(code) = 2 AND parent_code IS NULL)
        OR (LENGTH(code) > 2 AND parent_code = SUBSTRING(code, 1, LENGTH(code) - 2))),
    -- Services only: goods and works are refused as negative-list item 3, so the catalogue never lists them.
    CONSTRAINT catalogue_item_services_only CHECK (kind = 'SERVICE'),
    CONSTRAINT catalogue_item_excluded_as CHECK (excluded_as IS NULL OR excluded_as BETWEEN 1 AND 6),
    CONSTRAINT catalogue_item_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX catalogue_item_by_parent ON catalogue_item (parent_code);

-- MoF Order No. 102 Art. 10: what may never be purchased. The numbers are the law's; the texts may
-- be reworded by the finance department, the numbers never change.
CREATE TABLE negative_list_item (
    item_number    INT          NOT NULL PRIMARY KEY,
    text_zh        VARCHAR(500) NOT NULL,
    text_en        VARCHAR(500) NOT NULL,
    legal_basis_zh VARCHAR(300) NOT NULL,
    legal_basis_en VARCHAR(300) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT negative_list_item_number CHECK (item_number BETWEEN 1 AND 6)
);

-- Words that hint at a negative-list item in a request's description. They only raise a warning: the
-- check decides on the request's explicit flags, never on free text alone.
CREATE TABLE negative_list_keyword (
    item_number INT         NOT NULL REFERENCES negative_list_item (item_number),
    keyword     VARCHAR(60) NOT NULL,
    PRIMARY KEY (item_number, keyword)
);

INSERT INTO negative_list_item (item_number, text_zh, text_en, legal_basis_zh, legal_basis_en) VALUES
    (1, '不属于政府职责范围的服务事项', 'Services outside the government''s duties',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（一）项', 'MoF Order No. 102, Art. 10 (1)'),
    (2, '应当由政府直接履职的事项，包括政府的决策、执行、监督职能以及行政许可、行政处罚、行政强制等',
        'Core government functions: decisions, execution, supervision, administrative licensing, penalties and enforcement',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（二）项', 'MoF Order No. 102, Art. 10 (2)'),
    (3, '政府采购法律、行政法规规定的货物和工程，以及将工程和服务打包的项目',
        'Goods and works under the procurement laws, and works bundled with services',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（三）项', 'MoF Order No. 102, Art. 10 (3)'),
    (4, '融资行为', 'Financing',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（四）项', 'MoF Order No. 102, Art. 10 (4)'),
    (5, '购买主体的人员招、聘用，以劳务派遣方式用工，以及设置公益性岗位等事项',
        'The purchaser''s own recruitment and hiring, labour dispatch for its own staff, and public-welfare posts',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（五）项', 'MoF Order No. 102, Art. 10 (5)'),
    (6, '法律、行政法规以及国务院规定的其他不得作为政府购买服务内容的事项',
        'Anything else that laws, administrative regulations or the State Council exclude',
        '《政府购买服务管理办法》（财政部令第102号）第十条第（六）项', 'MoF Order No. 102, Art. 10 (6)');

INSERT INTO negative_list_keyword (item_number, keyword) VALUES
    (2, '行政许可'), (2, '行政处罚'), (2, '行政执法'), (2, '行政强制'), (2, 'licensing'), (2, 'enforcement'),
    (3, '设备采购'), (3, '工程施工'), (3, '建设工程'), (3, '货物'), (3, 'equipment'), (3, 'construction'),
    (4, '融资'), (4, '贷款'), (4, 'financing'), (4, 'loan'),
    (5, '劳务派遣'), (5, '人员招聘'), (5, '公益性岗位'), (5, 'labour dispatch'), (5, 'labor dispatch'),
    (5, 'recruitment'), (5, 'public-welfare post');

INSERT INTO role_permission (role, permission) VALUES
    ('FINANCE', 'catalogue:item:edit'),
    ('FINANCE', 'catalogue:negative:edit');

-- The baseline catalogue, in force since MoF Order No. 102 took effect (1 March 2020). Its shape is
-- the one most provincial catalogues share: categories, then kinds of service, then items.
INSERT INTO catalogue_item (code, parent_code, name_zh, name_en, description, effective_from, created_at) VALUES
    ('01', NULL, '基本公共服务', 'Basic public services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0101', '01', '公共教育', 'Public education', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010101', '0101', '学前教育和课后服务', 'Pre-school education and after-school services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010102', '0101', '职业教育和社区教育', 'Vocational and community education', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0102', '01', '就业创业', 'Employment and entrepreneurship', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010201', '0102', '就业指导和职业介绍', 'Career guidance and job placement', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010202', '0102', '创业孵化和创业培训', 'Business incubation and start-up training', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0103', '01', '社会救助', 'Social assistance', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010301', '0103', '困难群众救助服务', 'Assistance to people in hardship', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0104', '01', '养老服务', 'Elderly care', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010401', '0104', '居家和社区养老服务', 'Home and community elderly care', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0105', '01', '公共卫生', 'Public health', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010501', '0105', '健康教育和健康促进', 'Health education and promotion', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0106', '01', '公共文化体育', 'Public culture and sports', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010601', '0106', '公共文化活动组织与承办', 'Organizing public cultural events', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('010602', '0106', '全民健身服务', 'Fitness-for-all services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('02', NULL, '社会管理性服务', 'Social management services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0201', '02', '社区治理服务', 'Community governance services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('020101', '0201', '社区事务协助和社会工作服务', 'Community affairs support and social work', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0202', '02', '社会矛盾调处', 'Settling social disputes', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('020201', '0202', '人民调解和法律援助辅助服务', 'People''s mediation and legal-aid support', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0203', '02', '公共安全服务', 'Public safety services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('020301', '0203', '安全生产和防灾减灾宣传培训', 'Work-safety and disaster-prevention awareness and training', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('03', NULL, '行业管理与协调性服务', 'Industry management and coordination services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0301', '03', '行业统计分析', 'Industry statistics and analysis', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030101', '0301', '行业统计调查', 'Industry statistical surveys', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030102', '0301', '行业运行监测与分析报告', 'Industry monitoring and analysis reports', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0302', '03', '行业标准制修订', 'Standards drafting and revision', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030201', '0302', '团体标准和行业标准起草', 'Drafting association and industry standards', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030202', '0302', '标准宣贯和实施评估', 'Promoting standards and evaluating their use', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0303', '03', '行业规划与研究', 'Industry planning and research', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030301', '0303', '行业发展规划编制', 'Drafting industry development plans', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030302', '0303', '行业政策研究', 'Industry policy research', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0304', '03', '行业信用和评价', 'Industry credit and rating', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030401', '0304', '行业信用体系建设和信用评价', 'Industry credit systems and credit rating', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0305', '03', '会展与贸易促进', 'Exhibitions and trade promotion', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030501', '0305', '展会组织和经贸交流', 'Organizing exhibitions and trade exchanges', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0306', '03', '行业纠纷调解', 'Industry dispute mediation', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030601', '0306', '商事和消费纠纷调解', 'Mediating commercial and consumer disputes', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0307', '03', '职业培训和技能评价', 'Training and skills assessment', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030701', '0307', '行业从业人员培训', 'Training the trade''s workforce', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030702', '0307', '职业技能等级评价', 'Vocational skill-level assessment', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0308', '03', '认证与评估', 'Certification and assessment', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('030801', '0308', '产品和服务认证', 'Certifying products and services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('04', NULL, '技术性服务', 'Technical services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0401', '04', '检验检测', 'Inspection and testing', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('040101', '0401', '产品质量检验检测', 'Product quality inspection and testing', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0402', '04', '信息技术服务', 'Information technology services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('040201', '0402', '信息系统运行维护', 'Operating and maintaining information systems', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0403', '04', '技术推广', 'Technology extension', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('040301', '0403', '新技术推广应用', 'Extending new technologies', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('05', NULL, '政府履职辅助性服务', 'Government support services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0501', '05', '咨询服务', 'Consulting', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050101', '0501', '政策和法律咨询', 'Policy and legal consulting', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050102', '0501', '决策咨询和课题研究', 'Advisory studies for decision-making', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0502', '05', '评估评审', 'Evaluation and review', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050201', '0502', '绩效评价', 'Performance evaluation', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050202', '0502', '项目评审和第三方评估', 'Project review and third-party assessment', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0503', '05', '审计和财务辅助', 'Audit and finance support', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050301', '0503', '审计辅助和财务管理咨询', 'Audit support and financial-management consulting', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('0504', '05', '会议、宣传和后勤', 'Meetings, publicity and logistics', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050401', '0504', '会议和展览服务', 'Meeting and exhibition services', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00'),
    ('050402', '0504', '政策宣传和舆情分析', 'Policy publicity and public-opinion analysis', NULL, DATE '2020-03-01', TIMESTAMP WITH TIME ZONE '2020-03-01 00:00:00+08:00');
