/** English text for the plan area. Keys: lower snake_case, prefixed "plan_"; "{name}" marks a value filled in at run time. */
export const plan = {
  plan_title: 'Action plan',
  plan_intro: 'Take these steps at your own pace. None of them is required, and you can come back at any time.',
  plan_read_only: 'This case was imported: you can see its plan, but not change it.',
  plan_progress: '{settled} of {total} steps done or set aside',
  plan_group_now: 'Right now',
  plan_group_next: 'Next',
  plan_group_later: 'When you are ready',
  plan_group_if_needed: 'If it applies to you',
  plan_mark_done: 'Done',
  plan_not_for_me: 'Not for me',
  plan_undo: 'Undo',
  plan_status_todo: 'To do',
  plan_status_done: 'Done',
  plan_status_auto: 'Done by Preserve',
  plan_status_not_for_me: 'Set aside',
  plan_save_failed: 'That was not saved. Please try again.',
  plan_open_support: 'See help and support',
  plan_error_no_case: 'This case no longer exists.',
  plan_error_read_only: 'This case was imported, so it is shown read-only and cannot be changed here.',
  plan_error_unknown_step: 'Preserve does not know that step of the plan.',
  plan_step_safety_title: 'Make sure you are safe right now',
  plan_step_safety_body:
    'If anyone has threatened you, or you do not feel safe, call your local emergency number. Think of a safe place you could go, and tell a friend you trust what is happening.',
  plan_step_breathe_title: 'Stop, breathe, and reach out',
  plan_step_breathe_body:
    'You do not have to deal with this alone or all at once. Take a moment, then contact a helpline or someone you trust. They can help you decide what to do next.',
  plan_step_assessment_title: 'Check how safe you are',
  plan_step_assessment_body: 'A few yes-or-no questions help you see how urgent things are and what to do first. You can do it again later and compare.',
  plan_step_assessment_action: 'Open the threat assessment',
  plan_step_evidence_title: 'Save evidence before anything is deleted',
  plan_step_evidence_body:
    'Posts can disappear, and the proof with them. Save each page with Preserve before you report it: it keeps the address, the time, a screenshot and fingerprints that show nothing was changed.',
  plan_step_evidence_action: 'Open your evidence',
  plan_step_find_title: 'Find every post',
  plan_step_find_body:
    'Look for other copies of your images, for example with a reverse image search. Preserve can compare pages you visit with your own images, on this device only.',
  plan_step_find_action: 'Open My images',
  plan_step_preservation_title: 'Ask sites to keep their records',
  plan_step_preservation_body:
    'If you might take legal action, a preservation (litigation-hold) request asks a site to keep account details and records before they are deleted. Preserve can write one from your case.',
  plan_step_preservation_action: 'Open letters',
  plan_step_log_title: 'Keep an incident log',
  plan_step_log_body:
    'Write down what happened and when, who you think did it, and what evidence you have or still need. Preserve adds an entry for each capture and request.',
  plan_step_log_action: 'Open the incident log',
  plan_step_binder_title: 'Make a binder',
  plan_step_binder_body:
    'Keep printed screenshots and the incident log together, somewhere safe. Export a bundle from your evidence: its report prints as the binder.',
  plan_step_takedowns_title: 'Ask for the posts to be removed',
  plan_step_takedowns_body:
    'Report each post under the site’s own rules first, and send a copyright (DMCA) notice if that fails. Share as little personal information as you can, and keep a copy of every request. If a site refuses, an action guide or registering the copyright can help.',
  plan_step_takedowns_action: 'Open your evidence and requests',
  plan_step_affected_title: 'Think about who else is affected',
  plan_step_affected_body: 'Other people may be in the images or hurt by them. You can decide whether, when and how to tell them. There is no rush.',
  plan_step_affected_action: 'Open people',
  plan_step_support_title: 'Get legal, police and emotional support',
  plan_step_support_body: 'A lawyer, the police and a counsellor can each help in a different way. Helplines can point you to people near you.',
  plan_step_monitor_title: 'Watch for new posts',
  plan_step_monitor_body:
    'Set up search alerts for your name, or ask someone you trust to look for you so you do not have to. Preserve can check the links you found and look for your images in pages you visit.',
  plan_step_contact_title: 'Manage contact with the person doing this',
  plan_step_contact_body:
    'You do not have to answer them. A trusted ally can read messages for you, and filters and blocking keep new messages out of sight. Save evidence before you block.',
  plan_step_protective_title: 'An emergency protective order',
  plan_step_protective_body:
    'If you have been threatened, a court can order the person to stay away from you, often quickly. The police or a helpline can tell you how to ask where you live.',
  plan_step_police_title: 'A restraining order and a police report',
  plan_step_police_body:
    'You can ask a court for a restraining order and report what happened to the police. Keep a copy of every report and order with your case.',
  plan_step_unknown_title: 'If you do not know who did it',
  plan_step_unknown_body: 'An attorney who works on digital abuse can ask a court to make sites say who posted. Legal help services can point you to one.',
};
