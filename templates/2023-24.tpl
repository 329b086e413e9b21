# letterdiff template for the 2023-24 letters, learnt from 3 letters.
# Each paragraph opens with "[n] support kind": support is how many of those letters carry it;
# "optional" after it marks a standard paragraph only some letters carry.
# {{name:type}} marks a slot: one value that changes from letter to letter (types: number,
# percentage, money, date, month, year, person, organisation, role, name), never a phrase.
# Paragraphs are separated by one blank line; edit the wording freely (learn then keeps your edits).
group: 2023-24
letters: 3

[1] 3/3 text
Local Government & Social Care OMBUDSMAN

[2] 3/3 text
50 years 1974 - 2024

[3] 3/3 text
{{date:date}}

[4] 3/3 text
By email

[5] 3/3 text
{{recipient:person}} {{role:role}} {{council:organisation}}

[6] 3/3 text
Dear {{recipient:person}}

[7] 3/3 heading
Annual Review letter 2023-24

[8] 3/3 text
I write to you with your annual summary of complaint statistics from the Local Government and Social Care Ombudsman for the year ending 31 March 2024. The information offers valuable insight about your organisation's approach to complaints, and I know you will consider it as part of your corporate governance processes. As such, I have sought to share this letter with the Leader of your Council and Chair of the appropriate Scrutiny Committee, to ensure effective ownership and oversight of complaint outcomes, which offer valuable opportunities to learn and improve. In addition, this year, we have encouraged Monitoring Officers to register to receive the letter directly, supporting their role to report the decisions we uphold to their council.

[9] 3/3 text
For most of the reporting year, Paul Najsarek steered the organisation during his tenure as interim Ombudsman, and I was delighted to take up the role of Ombudsman in February 2024. I look forward to working with you and colleagues across the local government sector to ensure we continue to harness the value of individual complaints and drive and promote systemic change and improvement across the local government landscape.

[10] 3/3 text
While I know this ambition will align with your own, I am aware of the difficult financial circumstances and service demands that make continuous improvement a challenging focus for the sector. However, we will continue to hold organisations to account through our investigations and recommend proportionate actions to remedy injustice. Despite the challenges, I have great confidence that you recognise the valuable contribution and insight complaints, and their swift resolution, offer to improve services for the public.

[11] 3/3 heading
Complaint statistics

[12] 3/3 text
Our statistics focus on three key areas that help to assess your organisation's commitment to putting things right when they go wrong:

[13] 3/3 text
Complaints upheld - We uphold complaints when we find fault in an organisation's actions, including where the organisation accepted fault before we investigated. We include the total number of investigations completed to provide important context for the statistic. This year, we also provide the number of upheld complaints per 100,000 population.

[14] 3/3 text
Compliance with recommendations - We recommend ways for organisations to put things right when faults have caused injustice and monitor their compliance with our recommendations. Failure to comply is rare and a compliance rate below 100% is a cause for concern.

[15] 3/3 text
Satisfactory remedy provided by the authority - In these cases, the organisation upheld the complaint and we agreed with how it offered to put things right. We encourage the early resolution of complaints and give credit to organisations that accept fault and find appropriate ways to put things right.

[16] 3/3 text
Finally, we compare the three key annual statistics for your organisation with similar authorities to provide an average marker of performance. We do this for County Councils, District Councils, Metropolitan Boroughs, Unitary Councils, and London Boroughs.

[17] 3/3 text
Your annual data, and a copy of this letter, will be uploaded to our interactive map, Your council's performance, on 24 July 2024. This useful tool places all our data and information about councils in one place. You can find the detail of the decisions we have made about your Council, read the public reports we have issued, and view the service improvements your Council has agreed to make as a result of our investigations, as well as previous annual review letters.

[18] 3/3 heading
Supporting complaint and service improvement

[19] 3/3 text
In February, following a period of consultation, we launched the Complaint Handling Code for councils, setting out a clear process for responding to complaints effectively and fairly. It is aligned with the Code issued to housing authorities and landlords by the Housing Ombudsman Service and we encourage you to adopt the Code without undue delay. Twenty councils have volunteered to take part in an implementation pilot over the next two years that will develop further guidance and best practice.

[20] 3/3 text
The Code is issued to councils under our powers to provide guidance about good administrative practice. We expect councils to carefully consider the Code when developing policies and procedures and will begin considering it as part of our processes from April 2026 at the earliest.

[21] 3/3 text
The Code is considered good practice for all organisations we investigate (except where there are statutory complaint handling processes in place), and we may decide to issue it as guidance to other organisations in future.

[22] 3/3 text
Our successful complaint handling training programme continues to develop with new modules in Adult Social Care and Children's Services complaint handling available soon. All our courses include practical interactive workshops that help participants develop their complaint handling skills. We delivered 126 online workshops during the year, reaching more than 1,700 people. To find out more visit www.lgo.org.uk/training or get in touch at training@lgo.org.uk.

[23] 3/3 text
Returning to the theme of continuous improvement, we recognise the importance of reflecting on our own performance. With that in mind I encourage you to share your view of our organisation via this survey: https://www.smartsurvey.co.uk/s/ombudsman/. Your responses will help us to assess our impact and improve our offer to you. We want to gather a range of views and welcome multiple responses from organisations, so please do share the link with relevant colleagues.

[24] 3/3 text
Yours sincerely,

[25] 3/3 text
Amerdeep Somal Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England

# letterdiff checksum (learn replaces this file only while it matches): 2368e037bfae2fe9
