# letterdiff template for the 2018 letters, learnt from 1 letter.
# Each paragraph opens with "[n] support kind": support is how many of those letters carry it;
# "optional" after it marks a standard paragraph only some letters carry.
# {{name:type}} marks a slot: one value that changes from letter to letter (types: number,
# percentage, money, date, month, year, person, organisation, role, name), never a phrase.
# Paragraphs are separated by one blank line; edit the wording freely (learn then keeps your edits).
group: 2018
letters: 1

[1] 1/1 text
Local Government & Social Care OMBUDSMAN

[2] 1/1 text
{{date:date}}

[3] 1/1 text
By email

[4] 1/1 text
{{recipient:person}} {{role:role}} {{council:organisation}}

[5] 1/1 text
Dear {{recipient:person}}

[6] 1/1 heading
Annual Review letter 2018

[7] 1/1 text
I write to you with our annual summary of statistics on the complaints made to the Local Government and Social Care Ombudsman (LGSCO) about your authority for the year ended 31 March 2018. The enclosed tables present the number of complaints and enquiries received about your authority and the decisions we made during the period. I hope this information will prove helpful in assessing your authority's performance in handling complaints.

[8] 1/1 heading
Complaint statistics

[9] 1/1 text
In providing these statistics, I would stress that the volume of complaints does not, in itself, indicate the quality of the council's performance. High volumes of complaints can be a sign of an open, learning organisation, as well as sometimes being an early warning of wider problems. Low complaint volumes can be a worrying sign that an organisation is not alive to user feedback, rather than always being an indicator that all is well. So, I would encourage you to use these figures as the start of a conversation, rather than an absolute measure of corporate health. One of the most significant statistics attached is the number of upheld complaints. This shows how frequently we find fault with the council when we investigate. Equally importantly, we also give a figure for the number of cases where we decided your authority had offered a satisfactory remedy during the local complaints process. Both figures provide important insights.

[10] 1/1 text
I want to emphasise the statistics in this letter reflect the data we hold, and may not necessarily align with the data your authority holds. For example, our numbers include enquiries from people we signpost back to the authority, some of whom may never contact you.

[11] 1/1 text
In line with usual practice, we are publishing our annual data for all authorities on our website, alongside an annual review of local government complaints. The aim of this is to be transparent and provide information that aids the scrutiny of local services.

[12] 1/1 heading
Future development of annual review letters

[13] 1/1 text
Last year, we highlighted our plans to move away from a simplistic focus on complaint volumes and instead turn focus onto the lessons that can be learned and the wider improvements we can achieve through our recommendations to improve services for the many. We have produced a new corporate strategy for 2018-21 which commits us to more comprehensibly publish information about the outcomes of our investigations and the occasions our recommendations result in improvements to local services.

[14] 1/1 text
We will be providing this broader range of data for the first time in next year's letters, as well as creating an interactive map of local authority performance on our website. We believe this will lead to improved transparency of our work, as well as providing increased recognition to the improvements councils have agreed to make following our interventions. We will therefore be seeking views from councils on the future format of our annual letters early next year.

[15] 1/1 heading
Supporting local scrutiny

[16] 1/1 text
One of the purposes of our annual letters to councils is to help ensure learning from complaints informs scrutiny at the local level. Sharing the learning from our investigations and supporting the democratic scrutiny of public services continues to be one of our key priorities. We have created a dedicated section of our website which contains a host of information to help scrutiny committees and councillors to hold their authority to account - complaints data, decision statements, public interest reports, focus reports and scrutiny questions. This can be found at www.lgo.org.uk/scrutiny I would be grateful if you could encourage your elected members and scrutiny committees to make use of these resources.

[17] 1/1 heading
Learning from complaints to improve services

[18] 1/1 text
We share the issues we see in our investigations to help councils learn from the issues others have experienced and avoid making the same mistakes. We do this through the reports and other resources we publish. Over the last year, we have seen examples of councils adopting a positive attitude towards complaints and working constructively with us to remedy injustices and take on board the learning from our cases. In one great example, a county council has seized the opportunity to entirely redesign how its occupational therapists work with all of it districts, to improve partnership working and increase transparency for the public. This originated from a single complaint. This is the sort of culture we all benefit from - one that takes the learning from complaints and uses it to improve services.

[19] 1/1 heading
Complaint handling training

[20] 1/1 text
We have a well-established and successful training programme supporting local authorities and independent care providers to help improve local complaint handling. In 2017-18 we delivered 58 courses, training more than 800 people. We also set up a network of council link officers to promote and share best practice in complaint handling, and hosted a series of seminars for that group. To find out more visit www.lgo.org.uk/training.

[21] 1/1 text
Yours sincerely,

[22] 1/1 text
Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England

[23] 1/1 heading
Local Authority Report:Kent County CouncilFor the Period Ending:31/03/2018

[24] 1/1 text
For further information on how to interpret our statistics, please visit our website: http://www.lgo.org.uk/information-centre/reports/annual-review-reports/interpreting-local-authority-statistics

[25] 1/1 heading
Complaints and enquiries received

[26] 1/1 table
Adult Care Services	Benefits and Tax	Corporate and Other Services	Education and Children's Services	Environment Services	Highways and Transport	Housing	Planning and Development	Other	Total
57	0	6	99	6	20	2	0	0	190

[27] 1/1 table
Decisions made				Detailed Investigations
Incomplete or Invalid	Advice Given	Referred back for Local Resolution	Closed After Initial Enquiries	Not Upheld	Upl	Uphold Rate	Total
11	0	59	55	30	19		39%	174
Notes					Complaints	s Remedied
Our uphold rate is calculated in relation to the total number of detailed investigations. The number of remedied complaints may not equal the number of upheld complaints. This is because, while we may uphold a complaint because we find fault, we may not always find grounds to say that fault caused injustice that ought to be remedied.					Satisfactorily by by LGO Authority before LGO Involvement
					19	0

# letterdiff checksum (learn replaces this file only while it matches): 4aa216c4c0d95207
