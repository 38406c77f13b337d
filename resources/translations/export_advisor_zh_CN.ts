<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchResultsDialog</name>
    <message>
        <location filename="../../app/ui/batch_results.py" line="43"/>
        <source>Batch assessment done</source>
        <translation>批量评估完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="65"/>
        <source>&lt;b&gt;What the rows are recommended&lt;/b&gt;</source>
        <translation>&lt;b&gt;各行的推荐结果&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="69"/>
        <source>Recommendation</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="69"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="69"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="95"/>
        <source>{0:,} of these rows have another route about as good.</source>
        <translation>其中{0:,}行另有一条路径契合度相当。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="104"/>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (not assessed; the first reasons):</source>
        <translation>&lt;b&gt;被拒绝的行&lt;/b&gt;（未评估；以下为前几条原因）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="117"/>
        <source>Open the results</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch_results.py" line="121"/>
        <source>Open the errors</source>
        <translation>打开错误清单</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../../app/ui/batch.py" line="65"/>
        <source>Save batch results</source>
        <translation>保存批量评估结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="66"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="78"/>
        <source>Reading {0}…</source>
        <translation>正在读取{0}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="85"/>
        <source>Batch assessment</source>
        <translation>批量评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="111"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="119"/>
        <source>Assessed {0:,} of about {1:,} rows…</source>
        <translation>已评估{0:,}行，共约{1:,}行……</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="136"/>
        <source>Batch assessment cancelled; nothing was written.</source>
        <translation>批量评估已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="138"/>
        <location filename="../../app/ui/batch.py" line="142"/>
        <source>Cannot assess the survey</source>
        <translation>无法评估该调查</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="139"/>
        <location filename="../../app/ui/batch.py" line="143"/>
        <source>Batch assessment failed.</source>
        <translation>批量评估失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="147"/>
        <source>Assessed {0} rows ({1} rejected); results saved to {2}</source>
        <translation>已评估{0}行（拒绝{1}行）；结果已保存至{2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="172"/>
        <source>survey-template.csv</source>
        <translation>问卷模板.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="173"/>
        <source>Save a survey template</source>
        <translation>保存问卷模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="174"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="184"/>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/batch.py" line="187"/>
        <source>Template saved to {0}, its column guide to {1}</source>
        <translation>模板已保存至{0}，列说明已保存为{1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="99"/>
        <source>Compare models</source>
        <translation>比较模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="100"/>
        <source>Models to compare</source>
        <translation>待比较的模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="101"/>
        <source>Radar chart of the chosen models</source>
        <translation>所选模式的雷达图</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="102"/>
        <source>Per-criterion comparison</source>
        <translation>逐项准则比较</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="105"/>
        <source>Tick two or three models. On the chart, further out is better: 1 is the best level of that criterion, 0 the worst.</source>
        <translation>勾选两到三个模式。图中越靠外越好：1为该标准的最佳水平，0为最差。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="149"/>
        <source>Compare at most three models at a time.</source>
        <translation>一次最多比较三个模式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="176"/>
        <source>Answer every question to compare models.</source>
        <translation>回答全部问题后即可比较模式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/compare_view.py" line="178"/>
        <source>Tick two or three models.</source>
        <translation>请勾选两到三个模式。</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../app/ui/document.py" line="106"/>
        <source>Cannot open the assessment</source>
        <extracomment>Every answer is kept at once (a write costs milliseconds); the timer only gathers the changes of one pass of the event loop into one write.</extracomment>
        <translation>无法打开评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="113"/>
        <source>Opened {0}: {1}</source>
        <translation>已打开{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="115"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="129"/>
        <source>Save assessment</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="130"/>
        <source>Assessments (*.json)</source>
        <translation>评估文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="139"/>
        <source>Cannot save the assessment</source>
        <translation>无法保存评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="144"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="152"/>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="170"/>
        <source>Export Excel report</source>
        <translation>导出 Excel 报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="171"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="191"/>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="192"/>
        <source>{0}

Choose another location.</source>
        <translation>{0}

请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="196"/>
        <source>Report saved to {0}</source>
        <translation>报告已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="216"/>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="246"/>
        <source>Unsaved work could not be restored</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="248"/>
        <source>Work kept from an earlier run could not be read and was set aside as {0}.

{1}</source>
        <translation>上次运行保留的工作无法读取，已另存为{0}。

{1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>&amp;Export Excel report…</source>
        <translation>导出 Excel 报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>&amp;Batch assess a survey…</source>
        <translation>批量评估调查(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Save a survey &amp;template…</source>
        <translation>保存问卷模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>Keep the answers as a res&amp;pondent&apos;s…</source>
        <translation>将回答保存为一位答卷人的(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Compare assess&amp;ments…</source>
        <translation>对比评估(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>R&amp;obustness</source>
        <translation>稳健性(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Ranking up to date</source>
        <translation>排名已更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Answer the remaining questions to see the ranking</source>
        <translation>回答剩余问题后即可查看排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Untitled assessment</source>
        <translation>未命名评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Export Model Advisor</source>
        <translation>跨境电商模式决策助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="28"/>
        <source>Answer every question before keeping the answers as a respondent&apos;s.</source>
        <translation>请先回答全部问题，再将回答保存为答卷人的回答。</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="37"/>
        <source>Keep the answers as a respondent&apos;s</source>
        <translation>保存为答卷人的回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="38"/>
        <source>Whose answers are these (owner, sales, operations…)? Then change the answers another respondent gives and keep them too.</source>
        <translation>这是谁的回答（老板、销售、运营……）？随后按另一位答卷人的看法修改回答，并同样保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="43"/>
        <source>Respondent {0}</source>
        <translation>答卷人{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="52"/>
        <source>Cannot keep the answers</source>
        <translation>无法保存回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="53"/>
        <source>“{0}” is already a respondent: give another name.</source>
        <translation>“{0}”已是答卷人，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="60"/>
        <source>Kept as {0}&apos;s answers. Change what another respondent answers differently, then keep those too.</source>
        <translation>已保存为{0}的回答。请修改另一位答卷人回答不同的问题，再同样保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/respondents.py" line="66"/>
        <source>{0} respondents: the answers shown are now their combination (see Results).</source>
        <translation>共{0}位答卷人：当前显示的回答为他们的综合回答（见结果页）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>This assessment</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="405"/>
        <source>About Export Model Advisor</source>
        <translation>关于跨境电商模式决策助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407"/>
        <source>&lt;h3&gt;Export Model Advisor {0}&lt;/h3&gt;&lt;p&gt;跨境电商模式决策助手&lt;/p&gt;&lt;p&gt;Recommends one of six cross-border e-commerce operating models, and how to start it, for an SME: a weighted sum of fixed-scale levels weighted by the risks the source paper states and your answers, feasible models first, with the dated trade rules in force. TOPSIS, weighted sum, VIKOR and MOORA cross-check the order.&lt;/p&gt;&lt;p&gt;Knowledge base {1}. Source paper:&lt;br/&gt;{2}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;跨境电商模式决策助手 {0}&lt;/h3&gt;&lt;p&gt;Export Model Advisor&lt;/p&gt;&lt;p&gt;为中小企业在六种跨境电商运作模式中推荐一种，并说明如何起步：按固定量表的评分加权求和，权重来自来源论文所述风险与您的回答，可行模式优先，并适用当日有效的有日期的贸易规则。TOPSIS、加权和、VIKOR与MOORA用于交叉校验排序。&lt;/p&gt;&lt;p&gt;知识库版本 {1}。来源论文：&lt;br/&gt;{2}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../app/ui/wizard/question.py" line="81"/>
        <source>Where this comes from</source>
        <translation>依据来源</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="184"/>
        <source>&amp;Method:</source>
        <extracomment>The tallest the verdict band grows before it scrolls (the ranking keeps the rest).</extracomment>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="185"/>
        <source>&amp;Revise answers</source>
        <translation>修改答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="186"/>
        <source>&amp;Compare models…</source>
        <translation>比较模式(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="187"/>
        <source>Advanced: method agreement</source>
        <translation>高级：方法一致性</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="188"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="189"/>
        <source>Ranking of the six models</source>
        <translation>六种模式的排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="190"/>
        <source>Ranks by method</source>
        <translation>各方法名次</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="191"/>
        <source>Criterion weights</source>
        <translation>准则权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="192"/>
        <source>Why the selected model ranks where it does</source>
        <translation>所选模式排名的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="242"/>
        <source>Answer every question to see the ranking.</source>
        <translation>回答全部问题后即可查看排名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="267"/>
        <source>{0} of {1} methods put {2} first. Highlighted cells differ from the consensus.</source>
        <translation>{1} 种方法中有 {0} 种将{2}排在第一。高亮单元格与共识排名不同。</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="278"/>
        <source>Checking the methods against scikit-criteria…</source>
        <translation>正在用scikit-criteria核对各方法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="367"/>
        <source>The check against scikit-criteria could not run: {0}</source>
        <translation>无法用scikit-criteria核对：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="372"/>
        <source>scikit-criteria agrees on all four methods and the recommendation (largest difference {0:.1e}).</source>
        <translation>scikit-criteria对四种方法及推荐结果的计算一致（最大差异{0:.1e}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/results_view.py" line="382"/>
        <source>scikit-criteria does not agree on: {0} (largest difference {1:.1e}).</source>
        <translation>scikit-criteria在以下方面结果不一致：{0}（最大差异{1:.1e}）。</translation>
    </message>
</context>
<context>
    <name>RobustnessView</name>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="131"/>
        <source>How firm is the ranking?</source>
        <translation>排名有多稳？</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="132"/>
        <source>What if the weights were different?</source>
        <translation>如果权重不同会怎样？</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="133"/>
        <source>Rank acceptability</source>
        <translation>名次可接受度</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="134"/>
        <source>Stability of the weights</source>
        <translation>权重稳定区间</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="135"/>
        <source>What would need to change</source>
        <translation>需要改变什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="136"/>
        <source>Advanced: method agreement</source>
        <translation>高级：方法一致性</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="137"/>
        <source>Agreement between the methods</source>
        <translation>方法之间的一致性</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="138"/>
        <source>Rank acceptability chart</source>
        <translation>名次可接受度图</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="139"/>
        <source>Stability intervals</source>
        <translation>稳定区间</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="140"/>
        <source>Ranking under the what-if weights</source>
        <translation>假设权重下的排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="161"/>
        <source>Answer every question to test the ranking.</source>
        <translation>回答全部问题后即可检验排名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="168"/>
        <source>Analysing how firm the ranking is…</source>
        <translation>正在分析排名的稳健性…</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="181"/>
        <source>The robustness analysis could not run: {0}</source>
        <translation>稳健性分析无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="217"/>
        <source>How far each weight can move on its own before the recommendation rule puts another model first (the mark is today&apos;s weight). The most sensitive: {0}.</source>
        <translation>每个权重单独变动到多大程度，推荐规则才会让其他模式居首（标记为当前权重）。最敏感的：{0}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="231"/>
        <source>Under any weights (10,000 drawn uniformly, a secondary view), the same rule puts it first {0:.0%} of the time.</source>
        <translation>在任意权重下（均匀抽取10,000组，作为次要参考），同一规则有{0:.0%}的情况将其排在第一。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="236"/>
        <source>{0} comes first most often ({1:.0%}).</source>
        <translation>最常排第一的是{0}（{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="240"/>
        <source>Move the sliders to see the ranking under other weights.</source>
        <translation>拖动滑块可查看其他权重下的排名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="261"/>
        <source>With these weights the recommendation would change: {0} comes first.</source>
        <translation>按这些权重，推荐将改变：{0}排第一。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="265"/>
        <source>Today&apos;s recommendation: {0}.</source>
        <translation>当前推荐：{0}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="298"/>
        <source>Rank {0}</source>
        <translation>第 {0} 名</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="313"/>
        <source>Share of each rank under any weights (uniform draws)</source>
        <translation>任意权重下各名次的比例（均匀抽样）</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="324"/>
        <source>no change of one or two steps in your answers puts it first</source>
        <translation>答案改动一到两步都无法使其排第一</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="329"/>
        <source>The smallest change to your answers (at most two steps along the option lists) that would make each model the recommendation:</source>
        <translation>使各模式成为推荐所需的最小答案改动（沿选项最多两步）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="338"/>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="351"/>
        <source>The rank-reversal check could not run: {0}</source>
        <translation>排序反转检验未能运行：{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="354"/>
        <source>Rank reversal: {0} stayed first by TOPSIS in all {1} runs in which another model was made slightly worse.</source>
        <translation>排名逆转检验：在{1}次使另一模式略微变差的试验中，TOPSIS始终将{0}排在第一。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="359"/>
        <source>Rank reversal: {0} lost first place by TOPSIS in some runs in which another model was made slightly worse (kept in {1:.0%}).</source>
        <translation>排名逆转检验：在部分使另一模式略微变差的试验中，{0}在TOPSIS中失去第一（保持率{1:.0%}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/robustness_view.py" line="363"/>
        <source>How alike the methods&apos; orders are (Kendall&apos;s tau): 1 means the same order, 0 no relation, −1 the reverse.</source>
        <translation>各方法排序的相似程度（Kendall τ）：1表示顺序相同，0表示无关，−1表示完全相反。</translation>
    </message>
</context>
<context>
    <name>ScenariosDialog</name>
    <message>
        <location filename="../../app/ui/scenarios.py" line="56"/>
        <source>Scenarios side by side</source>
        <translation>情景并列对比</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../app/ui/robustness/whatif.py" line="93"/>
        <source>Left out: {0}, equal for every model, so its weight cannot change the order.</source>
        <translation>未参与排名：{0}（各模式相同，其权重无法改变排序）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/whatif.py" line="103"/>
        <source>Reset to the questionnaire&apos;s weights</source>
        <translation>恢复问卷权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/whatif.py" line="108"/>
        <source>Weight of {0}</source>
        <translation>{0}的权重</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="123"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="124"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="125"/>
        <source>Fin&amp;ish</source>
        <translation>完成(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="126"/>
        <source>&amp;Company (optional):</source>
        <translation>公司名称（可选）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="127"/>
        <source>Shown on the report</source>
        <translation>将显示在报告中</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="128"/>
        <source>No&amp;tes (optional, shown on the report):</source>
        <translation>备注（可选，显示在报告中）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="129"/>
        <source>Questionnaire progress</source>
        <translation>问卷进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="186"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>第 {0} 步，共 {1} 步：{2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="194"/>
        <source>%v of %m questions answered</source>
        <translation>已回答 %v / %m 个问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="245"/>
        <source>Notes hold at most {0:,} characters; the rest of what you typed or pasted was not added.</source>
        <translation>备注最多{0:,}个字符；超出部分（输入或粘贴的其余内容）未被添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard/wizard_view.py" line="262"/>
        <source>These notes ({0:,} characters) are longer than the editor holds ({1:,}): they are kept whole in the file, shown here in part and not editable.</source>
        <translation>这些备注（{0:,}个字符）超出了编辑框的容量（{1:,}）：文件中完整保留，此处仅显示一部分，且不可编辑。</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="62"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="63"/>
        <source>Better when</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="64"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="106"/>
        <location filename="../../app/ui/compare/table_model.py" line="135"/>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="107"/>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="133"/>
        <source>Overall fit (0–100)</source>
        <translation>总体契合度（0–100）</translation>
    </message>
    <message>
        <location filename="../../app/ui/compare/table_model.py" line="140"/>
        <source>The weighted mean of the rule&apos;s 0–1 values on every criterion, × 100.</source>
        <translation>各标准上0–1取值按权重的加权平均，乘以100。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="22"/>
        <source>The assessment has unsaved changes. Save them first?</source>
        <translation>评估有未保存的更改，是否先保存？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="34"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="35"/>
        <source>Export Model Advisor did not close normally. Unsaved work from {0} was kept. Restore it?</source>
        <translation>跨境电商模式决策助手上次未正常关闭，已保留 {0} 的未保存工作。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="50"/>
        <source>Open assessment</source>
        <translation>打开评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52"/>
        <location filename="../../app/ui/dialogs.py" line="63"/>
        <source>Assessments (*.json);;All files (*)</source>
        <translation>评估文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61"/>
        <source>Compare assessments</source>
        <translation>对比评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Batch assessment: choose a survey</source>
        <translation>批量评估：选择调查文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>调查文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="105"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="106"/>
        <source>No application is set to open {0}; it is saved there.</source>
        <translation>系统中没有可打开{0}的应用程序；文件已保存在该处。</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="66"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="67"/>
        <location filename="../../app/ui/results/table_models.py" line="160"/>
        <location filename="../../app/ui/results/table_models.py" line="182"/>
        <source>Model</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="68"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="127"/>
        <source>(not feasible now)</source>
        <translation>（当前不可行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="129"/>
        <source>(cannot serve your goal)</source>
        <translation>（无法实现您的目标）</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="131"/>
        <source>(about equal to the first)</source>
        <translation>（与第一名契合度相当）</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="185"/>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="226"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="227"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="228"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="295"/>
        <source>Not feasible now:</source>
        <translation>当前不可行：</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="296"/>
        <source>First steps</source>
        <translation>起步步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="291"/>
        <source>What you would do:</source>
        <translation>您将要做的：</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="292"/>
        <source>What lifts it</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="293"/>
        <source>What pulls it down</source>
        <translation>减分项</translation>
    </message>
    <message>
        <location filename="../../app/ui/results/table_models.py" line="294"/>
        <source>Risks and where they come from</source>
        <translation>风险及其来源</translation>
    </message>
</context>
<context>
    <name>robustness</name>
    <message>
        <location filename="../../app/ui/robustness/table_models.py" line="26"/>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/table_models.py" line="27"/>
        <source>Weight now</source>
        <translation>当前权重</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/table_models.py" line="28"/>
        <source>Keeps the top model from … to …</source>
        <translation>保持第一名不变的范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/robustness/table_models.py" line="82"/>
        <source>Only this criterion&apos;s weight moves; the others keep their proportions. Narrow ranges mean a fragile ranking.</source>
        <translation>只调整该准则的权重，其余按原比例缩放。范围越窄，排名越不稳。</translation>
    </message>
</context>
</TS>
