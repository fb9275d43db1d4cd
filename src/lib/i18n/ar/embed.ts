/** Arabic strings for the embedded settings. */
export const embedAr = {
  embed: {
    signedOutTitle: 'لقد سجّلت الخروج',
    signedOutBody: 'سجّل الدخول إلى التطبيق مجددًا لإدارة حسابك هنا.',
    secondStepTitle: 'أكمل تسجيل الدخول أولًا',
    secondStepBody: 'يطلب حسابك خطوة ثانية. أكمل تسجيل الدخول إلى التطبيق، ثم عُد إلى هنا.',
    deactivatedTitle: 'تم تعطيل حسابك',
    deactivatedBody: 'تم تسجيل خروجك. إذا كان ذلك عن طريق الخطأ، فتواصل مع مسؤول التطبيق.',
    notAllowedTitle: 'لا يمكن عرض هذه الصفحة هنا',
    notAllowedBody: 'لا تُفتح إعدادات الحساب إلا داخل التطبيقات التي سمح بها مالكها. افتحها في التطبيق نفسه.',
  },
} as const;
