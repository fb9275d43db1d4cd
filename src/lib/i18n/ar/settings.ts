/** Arabic strings shared by the settings pages (current password, new password). Draft for issue 15. */
export const settingsAr = {
  settings: {
    currentPassword: 'كلمة المرور الحالية',
    currentPasswordHint: 'أدخل كلمة المرور لتأكيد هويتك.',
    choosePassword: 'اختر كلمة مرور',
    choosePasswordHint: 'لا توجد كلمة مرور لحسابك بعد: ستتيح لك كلمة المرور هذه تسجيل الدخول ببريدك الإلكتروني.',
    wrongPassword: 'هذه ليست كلمة مرورك الحالية.',
    alreadyUsed: 'هذا مستخدم بالفعل في حساب آخر.',
  },
  password: {
    new: 'كلمة المرور الجديدة',
    confirm: 'أعِد إدخال كلمة المرور الجديدة',
    mismatch: 'كلمتا المرور غير متطابقتين.',
    ruleLength: 'من 8 إلى 256 حرفًا.',
    recentlyUsed: 'استخدمت كلمة المرور هذه مؤخرًا. اختر كلمة مرور مختلفة.',
    personalData: 'تحتوي كلمة المرور على اسمك أو بريدك الإلكتروني أو رقم هاتفك أو معرّف حسابك. اختر كلمة مرور أخرى.',
    rejected: 'كلمة المرور هذه غير مسموح بها: {{detail}}',
  },
};
